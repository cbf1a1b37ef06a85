package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.parameters.StayParameters;
import org.apache.commons.math3.special.Erf;

/**
 * The length of a detention of one type: a lognormal cut off at the longest stay, drawn by inversion so
 * that one uniform number gives one stay. What the stay of the people inside a prison in steady state looks
 * like follows from it in closed form ({@link #lengthBiased()}), which is what {@link PrisonAtStart} needs.
 */
final class StayDistribution {
    private final double median;
    private final double logSd;
    private final double maximum;
    /** Probability mass of the lognormal below the longest stay: uniform numbers are scaled into it. */
    private final double massBelowMaximum;

    StayDistribution(StayParameters stay) {
        this(stay.medianStayDays(), stay.stayLogSd(), stay.maximumStayDays());
    }

    private StayDistribution(double median, double logSd, double maximum) {
        this.median = median;
        this.logSd = logSd;
        this.maximum = maximum;
        this.massBelowMaximum = normalCdf(Math.log(maximum / median) / logSd);
    }

    /** The stay, in whole days from 1 to the maximum, at quantile {@code u} of (0, 1). */
    int days(double u) {
        double z = Math.sqrt(2) * Erf.erfInv(2 * u * massBelowMaximum - 1);
        double days = median * Math.exp(logSd * z);
        return (int) Math.max(1, Math.min(Math.floor(maximum), Math.round(days)));
    }

    /** Mean stay in days (of the continuous distribution; rounding to whole days moves it by less than one). */
    double meanDays() {
        return median * Math.exp(logSd * logSd / 2) * normalCdf(Math.log(maximum / median) / logSd - logSd) / massBelowMaximum;
    }

    /**
     * The stays of the people inside on a given day when admissions come at a steady rate: each stay weighted
     * by its length. For a lognormal that is the same lognormal with its log-median moved up by the variance,
     * with the same cut.
     */
    StayDistribution lengthBiased() {
        return new StayDistribution(median * Math.exp(logSd * logSd), logSd, maximum);
    }

    private static double normalCdf(double x) {
        return 0.5 * (1 + Erf.erf(x / Math.sqrt(2)));
    }
}
