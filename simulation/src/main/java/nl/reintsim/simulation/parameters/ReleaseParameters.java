package nl.reintsim.simulation.parameters;

import java.util.Map;
import nl.reintsim.simulation.model.DetentionType;

/**
 * How release happens.
 *
 * @param probabilitySudden                  per detention type that can end suddenly, chance it does, 0..1
 * @param probabilityNotifiedAfterSudden     chance the municipality hears of a sudden release afterwards, 0..1
 * @param probabilityProbation               per detention type, chance of a legal framework after release, 0..1
 * @param probationSupervisionDays           length of supervision, days
 */
public record ReleaseParameters(Map<DetentionType, Double> probabilitySudden, double probabilityNotifiedAfterSudden,
                                Map<DetentionType, Double> probabilityProbation, double probationSupervisionDays) {
    public ReleaseParameters {
        probabilitySudden = Map.copyOf(probabilitySudden);
        probabilityProbation = Map.copyOf(probabilityProbation);
        Require.probability(probabilityNotifiedAfterSudden, "release.probabilityNotifiedAfterSudden");
        Require.positive(probationSupervisionDays, "release.probationSupervisionDays");
    }
}
