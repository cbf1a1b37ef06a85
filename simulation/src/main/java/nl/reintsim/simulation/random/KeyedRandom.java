package nl.reintsim.simulation.random;

/**
 * Counter-based random numbers: each draw is a pure function of (purpose seed, person, occasion).
 *
 * <p>This is what makes scenario comparisons sharp. When a policy changes one person's path, that
 * person may draw on different occasions, but nobody else's numbers move, because no draw depends on
 * how many draws came before it. Occasion numbers are chosen by the mechanisms (see
 * {@link Occasion}) so that the same event in two scenarios uses the same number.
 */
public final class KeyedRandom {
    private final long seed;
    /** Draws made, for the benchmark's floor: what the model costs beyond drawing its random numbers. */
    private long draws;

    KeyedRandom(long seed) { this.seed = seed; }

    /** The same draws as {@code this}, counting on from its count. */
    KeyedRandom copy() {
        KeyedRandom copy = new KeyedRandom(seed);
        copy.draws = draws;
        return copy;
    }

    public long draws() { return draws; }

    /** A uniform number in [0, 1). */
    public double uniform(long personId, long occasion) {
        draws++;
        long z = SplitMix64.mix(seed ^ SplitMix64.mix(personId * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
        z = SplitMix64.mix(z + occasion * 0xD1B54A32D192ED03L);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** A uniform number in (0, 1), safe to take the logarithm of. */
    public double openUniform(long personId, long occasion) {
        double u = uniform(personId, occasion);
        return u == 0.0 ? 0x1.0p-54 : u;
    }

    /** A standard normal number, by inversion so that one draw uses one key. */
    public double standardNormal(long personId, long occasion) {
        return org.apache.commons.math3.special.Erf.erfInv(2 * openUniform(personId, occasion) - 1) * Math.sqrt(2);
    }

    /** A unit exponential number. */
    public double unitExponential(long personId, long occasion) {
        return -Math.log(openUniform(personId, occasion));
    }
}
