package nl.reintsim.simulation.parameters;

/** Guards for record constructors: a parameter record can never hold an impossible value. */
public final class Require {
    private Require() { }

    public static double positive(double value, String name) {
        if (!(value > 0)) throw new IllegalArgumentException(name + " must be > 0, was " + value);
        return value;
    }

    public static double nonNegative(double value, String name) {
        if (!(value >= 0)) throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        return value;
    }

    public static double probability(double value, String name) {
        if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        return value;
    }
}
