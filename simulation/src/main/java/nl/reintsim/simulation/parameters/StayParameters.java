package nl.reintsim.simulation.parameters;

/**
 * Share of detention episodes of one type and the distribution of their length: a lognormal cut off at a
 * longest stay (without the cut a lognormal spread wide enough for the short stays gives some stays of decades).
 *
 * @param share          share of episodes of this type, 0..1 (the four shares sum to 1)
 * @param medianStayDays median of the lognormal before the cut, in days, &gt; 0
 * @param stayLogSd      standard deviation of log stay length, &gt; 0
 * @param maximumStayDays longest stay of this type, in days, &gt; 0
 */
public record StayParameters(double share, double medianStayDays, double stayLogSd, double maximumStayDays) {
    public StayParameters {
        Require.probability(share, "share");
        Require.positive(medianStayDays, "medianStayDays");
        Require.positive(stayLogSd, "stayLogSd");
        Require.positive(maximumStayDays, "maximumStayDays");
    }
}
