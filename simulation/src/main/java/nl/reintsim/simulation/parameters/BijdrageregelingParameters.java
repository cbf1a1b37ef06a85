package nl.reintsim.simulation.parameters;

/**
 * The Bijdrageregeling subsidy "Begeleiden (ex-)gedetineerden voor Wonen en Werken" [BR, K25, K26]:
 * a yearly national budget, a maximum per municipality by a fixed key on released detainees,
 * applications with criteria, unused money redistributed to municipalities that asked for more,
 * spending accounted afterwards.
 *
 * @param budgetEurosPerYear            national budget per year, euros
 * @param probabilityAware              per size class, chance a municipality knows the scheme (in a year)
 * @param minimumReturneesPerYearToApply expected returnees per year below which applying is not worth it
 * @param probabilityMeetsCriteria      chance an application meets the criteria
 * @param probabilityAsksForMore        chance an applicant asks for more than its maximum
 * @param costPerTrajectoryEuros        cost of one work-and-housing trajectory, euros
 * @param trajectoryDays                length of a funded trajectory after release, days
 * @param trajectoryRateRatio           how much faster work and housing come with a trajectory, &ge; 1
 */
public record BijdrageregelingParameters(double budgetEurosPerYear, BySizeClass probabilityAware,
                                         double minimumReturneesPerYearToApply, double probabilityMeetsCriteria,
                                         double probabilityAsksForMore, double costPerTrajectoryEuros,
                                         double trajectoryDays, double trajectoryRateRatio) {
    public BijdrageregelingParameters {
        Require.nonNegative(budgetEurosPerYear, "bijdrageregeling.budgetEurosPerYear");
        Require.nonNegative(minimumReturneesPerYearToApply, "bijdrageregeling.minimumReturneesPerYearToApply");
        Require.probability(probabilityMeetsCriteria, "bijdrageregeling.probabilityMeetsCriteria");
        Require.probability(probabilityAsksForMore, "bijdrageregeling.probabilityAsksForMore");
        Require.positive(costPerTrajectoryEuros, "bijdrageregeling.costPerTrajectoryEuros");
        Require.positive(trajectoryDays, "bijdrageregeling.trajectoryDays");
        if (!(trajectoryRateRatio >= 1)) throw new IllegalArgumentException("bijdrageregeling.trajectoryRateRatio must be >= 1");
    }
}
