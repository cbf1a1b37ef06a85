package nl.reintsim.output.statistics;

/**
 * The difference alternative − baseline of one KPI, taken pair by pair over replications that share
 * their random numbers. Because both runs of a pair saw the same people and the same luck, most of the
 * noise cancels and the interval is much narrower than that of two independent samples.
 *
 * @param difference     summary of the per-pair differences
 * @param baselineMean   mean of the baseline values
 * @param relativeChange mean difference / baseline mean (NaN when the baseline mean is 0)
 * @param shareBetter    share of pairs in which the alternative is better, or NaN when no direction
 *                       is better for this KPI
 */
public record PairedDifference(Summary difference, double baselineMean, double relativeChange, double shareBetter) {

    /**
     * @param lowerIsBetter true, false, or null when the KPI has no better direction
     */
    public static PairedDifference of(double[] baseline, double[] alternative, Boolean lowerIsBetter) {
        if (baseline.length != alternative.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + baseline.length + " vs " + alternative.length);
        }
        double[] differences = new double[baseline.length];
        int pairs = 0;
        int better = 0;
        for (int i = 0; i < baseline.length; i++) {
            differences[i] = alternative[i] - baseline[i];
            if (Double.isNaN(differences[i])) continue;
            pairs++;
            if (lowerIsBetter != null && (lowerIsBetter ? differences[i] < 0 : differences[i] > 0)) better++;
        }
        Summary base = Summary.of(baseline);
        Summary diff = Summary.of(differences);
        double relative = base.mean() == 0 ? Double.NaN : diff.mean() / base.mean();
        double share = lowerIsBetter == null || pairs == 0 ? Double.NaN : (double) better / pairs;
        return new PairedDifference(diff, base.mean(), relative, share);
    }

    /** The same difference as if the two samples were independent (Welch), for contrast. */
    public static Summary unpaired(double[] baseline, double[] alternative) {
        Summary a = Summary.of(baseline);
        Summary b = Summary.of(alternative);
        double mean = b.mean() - a.mean();
        double se = Math.sqrt(a.sd() * a.sd() / a.n() + b.sd() * b.sd() / b.n());
        double half = Summary.tQuantile975(Math.max(1, Math.min(a.n(), b.n()) - 1)) * se;
        return new Summary(mean, Double.NaN, mean - half, mean + half, Math.min(a.n(), b.n()));
    }
}
