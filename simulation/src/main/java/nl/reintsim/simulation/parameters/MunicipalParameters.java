package nl.reintsim.simulation.parameters;

/**
 * How municipalities organise aftercare, by size class where they differ [K25, K26, H25].
 *
 * @param probabilityDedicatedTeam       chance of a dedicated D&amp;R team or placement with a ZVH
 * @param probabilityInReachVisits       chance of visiting residents in the PI from day one
 * @param probabilityRentContinuation    chance of paying rent during short detention
 * @param probabilityBenefitFrozen       chance of freezing rather than stopping a benefit during detention
 * @param probabilityRegionalPoint       chance of membership of a regional coordination point
 * @param coordinatorHoursPerWeekPer10k  aftercare coordination hours per week per 10,000 inhabitants
 * @param minimumCoordinatorHoursPerWeek hours per week even the smallest municipality has
 * @param hoursPerCasePerWeek            coordination hours one active case takes per week
 * @param caseDaysAfterRelease           days a case stays active after release
 * @param caseDaysBeforeRelease          days before a known release date (a sentence's) from which a case takes a coordinator
 * @param probabilityContact             chance of contact once notified, for an organised municipality
 * @param contactRatioUnorganised        factor on that chance without team, regional point or in-reach
 * @param contactRatioOutsideRegion      factor when the person is detained outside the home region
 * @param contactRatioKnowledgeLost      factor when the municipality has lost its know-how
 * @param knowledgeRetentionDays         days without a case after which know-how is lost
 * @param meanDaysToContact              mean days from notification to contact
 * @param probabilitySelfReport          chance an un-notified person reports to the municipality after release
 */
public record MunicipalParameters(BySizeClass probabilityDedicatedTeam, BySizeClass probabilityInReachVisits,
                                  BySizeClass probabilityRentContinuation, BySizeClass probabilityBenefitFrozen,
                                  BySizeClass probabilityRegionalPoint, BySizeClass coordinatorHoursPerWeekPer10k,
                                  double minimumCoordinatorHoursPerWeek, double hoursPerCasePerWeek,
                                  double caseDaysAfterRelease, double caseDaysBeforeRelease, double probabilityContact, double contactRatioUnorganised,
                                  double contactRatioOutsideRegion, double contactRatioKnowledgeLost,
                                  double knowledgeRetentionDays, double meanDaysToContact, double probabilitySelfReport) {
    public MunicipalParameters {
        Require.positive(hoursPerCasePerWeek, "municipalities.hoursPerCasePerWeek");
        Require.positive(caseDaysAfterRelease, "municipalities.caseDaysAfterRelease");
        Require.positive(caseDaysBeforeRelease, "municipalities.caseDaysBeforeRelease");
        Require.probability(probabilityContact, "municipalities.probabilityContact");
        Require.positive(meanDaysToContact, "municipalities.meanDaysToContact");
        Require.probability(probabilitySelfReport, "municipalities.probabilitySelfReport");
    }
}
