package nl.reintsim.simulation.parameters;

/**
 * What detention breaks.
 *
 * @param meanDaysToLoseOwnHome         mean days until a rented home is lost when nobody pays the rent, &gt; 0
 * @param meanDaysToLoseHomeWithOthers  mean days until the place with partner, parents or friends is lost, &gt; 0
 * @param probabilityRentPaidByOthers   chance a partner, house-sitter or special assistance keeps paying, 0..1
 * @param meanDaysJobKept               mean days an employer keeps a detained employee's job, &gt; 0
 * @param benefitStopDays               days after which a benefit stops unless frozen, &ge; 0
 * @param probabilityArrearsPerYear     chance per year detained of becoming a health-insurance defaulter, 0..1
 */
public record DetentionDamageParameters(double meanDaysToLoseOwnHome, double meanDaysToLoseHomeWithOthers,
                                        double probabilityRentPaidByOthers, double meanDaysJobKept,
                                        double benefitStopDays, double probabilityArrearsPerYear) {
    public DetentionDamageParameters {
        Require.positive(meanDaysToLoseOwnHome, "detentionDamage.meanDaysToLoseOwnHome");
        Require.positive(meanDaysToLoseHomeWithOthers, "detentionDamage.meanDaysToLoseHomeWithOthers");
        Require.probability(probabilityRentPaidByOthers, "detentionDamage.probabilityRentPaidByOthers");
        Require.positive(meanDaysJobKept, "detentionDamage.meanDaysJobKept");
        Require.nonNegative(benefitStopDays, "detentionDamage.benefitStopDays");
        Require.probability(probabilityArrearsPerYear, "detentionDamage.probabilityArrearsPerYear");
    }
}
