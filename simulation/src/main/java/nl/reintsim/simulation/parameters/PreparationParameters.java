package nl.reintsim.simulation.parameters;

/**
 * ID arranged by the PI itself during detention, without municipal involvement (since September 2023
 * detainees can apply for an ID card in the PI more easily [K25, K26]).
 *
 * @param probabilityIdArrangedInDetention chance a missing ID is arranged when the stay allows it, 0..1
 * @param idProcessingDays                 days from application to a new ID card, &gt; 0
 */
public record PreparationParameters(double probabilityIdArrangedInDetention, double idProcessingDays) {
    public PreparationParameters {
        Require.probability(probabilityIdArrangedInDetention, "preparation.probabilityIdArrangedInDetention");
        Require.positive(idProcessingDays, "preparation.idProcessingDays");
    }
}
