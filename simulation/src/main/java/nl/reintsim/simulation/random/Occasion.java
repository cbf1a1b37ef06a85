package nl.reintsim.simulation.random;

/**
 * Builds occasion numbers for {@link KeyedRandom}: which detention episode of the person, and which
 * draw within it. Sixteen bits for the draw leave room for many draws per episode.
 */
public final class Occasion {
    private Occasion() { }

    public static long of(int episode, int draw) {
        return ((long) episode << 16) | (draw & 0xFFFF);
    }
}
