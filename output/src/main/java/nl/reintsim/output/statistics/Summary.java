package nl.reintsim.output.statistics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and 95% confidence interval of the mean (Student t) of values from
 * independent replications. NaN values (a KPI undefined in a replication) are left out and n says so.
 */
public record Summary(double mean, double sd, double ci95Low, double ci95High, int n) {

    public static Summary of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) { n++; sum += v; }
        }
        if (n == 0) return new Summary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double mean = sum / n;
        if (n == 1) return new Summary(mean, Double.NaN, Double.NaN, Double.NaN, 1);
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double halfWidth = tQuantile975(n - 1) * sd / Math.sqrt(n);
        return new Summary(mean, sd, mean - halfWidth, mean + halfWidth, n);
    }

    public double halfWidth() { return (ci95High - ci95Low) / 2; }

    /**
     * This summary with its interval cut at the bounds the values can take. With few replications a Student t
     * interval can reach beyond them (a share below 0 with two replications); the mean of such values cannot, so the
     * cut interval covers it as often as the uncut one. For tables and reports: a stopping rule that reads the
     * half-width should use the uncut interval.
     */
    public Summary within(double lowest, double highest) {
        if (n < 2) return this;
        return new Summary(mean, sd, Math.max(lowest, ci95Low), Math.min(highest, ci95High), n);
    }

    /** The 97.5% quantile of Student's t; exact, no random generator involved. */
    static double tQuantile975(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
