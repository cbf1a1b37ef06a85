package nl.reintsim.simulation.parameters;

/**
 * DJI case managers: intake and D&amp;R plan, shared with the municipality of origin.
 *
 * @param fte                       full-time case managers, national pool, &gt; 0
 * @param caseloadNormPerFte        detainees per full-time case manager at which the deadline is met, &gt; 0
 * @param intakeDeadlineWorkingDays statutory deadline for intake and plan, working days [K25]
 * @param intakeMedianWorkingDaysAtNorm median working days to intake while the caseload is at or below the norm
 * @param intakeDelayLogSd          spread of intake delays around the load-driven median, &ge; 0
 * @param probabilityPlanShared     chance the plan reaches the municipality, 0..1
 * @param planSharingDelayDays      days from intake to the municipality knowing, &ge; 0
 */
public record CaseManagerParameters(double fte, double caseloadNormPerFte, double intakeDeadlineWorkingDays,
                                    double intakeMedianWorkingDaysAtNorm,
                                    double intakeDelayLogSd, double probabilityPlanShared, double planSharingDelayDays) {
    public CaseManagerParameters {
        Require.positive(fte, "caseManagers.fte");
        Require.positive(caseloadNormPerFte, "caseManagers.caseloadNormPerFte");
        Require.positive(intakeDeadlineWorkingDays, "caseManagers.intakeDeadlineWorkingDays");
        Require.positive(intakeMedianWorkingDaysAtNorm, "caseManagers.intakeMedianWorkingDaysAtNorm");
        Require.nonNegative(intakeDelayLogSd, "caseManagers.intakeDelayLogSd");
        Require.probability(probabilityPlanShared, "caseManagers.probabilityPlanShared");
        Require.nonNegative(planSharingDelayDays, "caseManagers.planSharingDelayDays");
    }
}
