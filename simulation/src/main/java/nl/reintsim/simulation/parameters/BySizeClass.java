package nl.reintsim.simulation.parameters;

import java.util.Arrays;
import nl.reintsim.simulation.model.SizeClass;

/** A value per municipality size class. */
public final class BySizeClass {
    private final double[] values;

    public BySizeClass(double[] values) {
        if (values.length != SizeClass.values().length) throw new IllegalArgumentException("one value per size class needed");
        this.values = values.clone();
    }

    public static BySizeClass all(double value) {
        double[] v = new double[SizeClass.values().length];
        Arrays.fill(v, value);
        return new BySizeClass(v);
    }

    public double of(SizeClass sizeClass) { return values[sizeClass.ordinal()]; }

    public BySizeClass with(SizeClass sizeClass, double value) {
        double[] v = values.clone();
        v[sizeClass.ordinal()] = value;
        return new BySizeClass(v);
    }
}
