package nl.reintsim.simulation.parameters;

/**
 * What follows a new offence.
 *
 * @param probabilityOffenceLeadsToDetention chance that a new offence brings the person back into a PI, 0..1
 * @param meanDaysOffenceToDetention         mean days from offence to the new detention (exponential), &gt; 0
 */
public record RedetentionParameters(double probabilityOffenceLeadsToDetention, double meanDaysOffenceToDetention) {
    public RedetentionParameters {
        Require.probability(probabilityOffenceLeadsToDetention, "redetention.probabilityOffenceLeadsToDetention");
        Require.positive(meanDaysOffenceToDetention, "redetention.meanDaysOffenceToDetention");
    }
}
