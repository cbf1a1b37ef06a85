package nl.reintsim.output.statistics;

import java.util.Arrays;

/** Empirical percentiles with linear interpolation between order statistics; NaN values are ignored. */
public final class Percentiles {
    private Percentiles() { }

    public static double[] band95(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        return new double[] {at(sorted, 0.025), at(sorted, 0.975)};
    }

    static double at(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double position = p * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
