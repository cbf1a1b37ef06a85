package nl.reintsim.simulation.parameters;

/**
 * Share of detention episodes of one type and the lognormal distribution of their length.
 *
 * @param share          share of episodes of this type, 0..1 (the four shares sum to 1)
 * @param medianStayDays median stay in days, &gt; 0
 * @param stayLogSd      standard deviation of log stay length, &gt; 0
 */
public record StayParameters(double share, double medianStayDays, double stayLogSd) {
    public StayParameters {
        Require.probability(share, "share");
        Require.positive(medianStayDays, "medianStayDays");
        Require.positive(stayLogSd, "stayLogSd");
    }
}
