package nl.reintsim.simulation.parameters;

/**
 * Where detainees come from and go to.
 *
 * @param releaseShareElasticity            a municipality's share of detainees is proportional to
 *                                          population^elasticity; above 1 over-represents large cities
 * @param probabilityDetainedOutsideRegion  chance the PI lies outside the home region, 0..1
 * @param probabilitySettleElsewhere        chance of settling in another municipality after release, 0..1
 */
public record OriginParameters(double releaseShareElasticity, double probabilityDetainedOutsideRegion,
                               double probabilitySettleElsewhere) {
    public OriginParameters {
        Require.positive(releaseShareElasticity, "origin.releaseShareElasticity");
        Require.probability(probabilityDetainedOutsideRegion, "origin.probabilityDetainedOutsideRegion");
        Require.probability(probabilitySettleElsewhere, "origin.probabilitySettleElsewhere");
    }
}
