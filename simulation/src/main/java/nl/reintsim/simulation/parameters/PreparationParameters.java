package nl.reintsim.simulation.parameters;

/**
 * Arranging basic conditions during detention.
 *
 * @param probabilityNoValidIdAtEntry      share entering detention without a valid ID, 0..1
 * @param probabilityIdArrangedInDetention chance that a missing ID is arranged before release when the
 *                                         stay is long enough, 0..1
 * @param idProcessingDays                 days from application to a new ID card, &gt; 0
 */
public record PreparationParameters(double probabilityNoValidIdAtEntry, double probabilityIdArrangedInDetention,
                                    double idProcessingDays) {
    public PreparationParameters {
        Require.probability(probabilityNoValidIdAtEntry, "preparation.probabilityNoValidIdAtEntry");
        Require.probability(probabilityIdArrangedInDetention, "preparation.probabilityIdArrangedInDetention");
        Require.positive(idProcessingDays, "preparation.idProcessingDays");
    }
}
