package nl.reintsim.simulation.parameters;

import java.util.Map;
import nl.reintsim.simulation.model.Housing;

/**
 * The basic conditions people bring into detention.
 *
 * @param probabilityNoValidId        share without a valid ID, 0..1
 * @param housingShares               share in each housing situation; sums to 1
 * @param probabilityWork             share in work, 0..1
 * @param daysInWorkBeforeEntry       how long those in work have held their job when detained, days
 * @param probabilityBenefit          share on a benefit, 0..1; work + benefit at most 1
 * @param probabilityTakeUpWithoutIncome share of those without registered income before detention who claim a
 *                                    benefit when they are without income later, 0..1
 * @param probabilityProblematicDebts share with problematic debts, 0..1
 * @param probabilityInsuranceArrears share already registered as health-insurance defaulter, 0..1
 * @param probabilityCareNeed         share needing care (mental health, addiction, disability), 0..1
 * @param probabilityCareNeedMet      share of those whose need is met, 0..1
 * @param probabilityStartQualification share with a start qualification (basic school-leaving level), 0..1
 */
public record EntryConditionParameters(double probabilityNoValidId, Map<Housing, Double> housingShares,
                                       double probabilityWork, double daysInWorkBeforeEntry, double probabilityBenefit,
                                       double probabilityTakeUpWithoutIncome,
                                       double probabilityProblematicDebts, double probabilityInsuranceArrears,
                                       double probabilityCareNeed, double probabilityCareNeedMet,
                                       double probabilityStartQualification) {
    public EntryConditionParameters {
        housingShares = Map.copyOf(housingShares);
        if (housingShares.size() != Housing.values().length) throw new IllegalArgumentException("a share for every housing situation needed");
        double sum = housingShares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > 1e-6) throw new IllegalArgumentException("housing shares must sum to 1, sum " + sum);
        Require.nonNegative(daysInWorkBeforeEntry, "conditionsAtEntry.daysInWorkBeforeEntry");
        if (probabilityWork + probabilityBenefit > 1 + 1e-9) throw new IllegalArgumentException("work + benefit above 1");
    }

    /**
     * Of those in work before detention, the share who would claim a benefit without it: the same as among those
     * not in work (the ones on a benefit, and the claimants among those without income).
     */
    public double probabilityTakeUpAfterWork() {
        if (probabilityWork >= 1) return 1;
        double withoutIncome = 1 - probabilityWork - probabilityBenefit;
        return (probabilityBenefit + withoutIncome * probabilityTakeUpWithoutIncome) / (1 - probabilityWork);
    }
}
