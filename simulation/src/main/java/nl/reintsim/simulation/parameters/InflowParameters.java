package nl.reintsim.simulation.parameters;

import java.util.Map;
import nl.reintsim.simulation.model.DetentionType;

/**
 * Who enters detention.
 *
 * @param newcomersPerYear first detentions of people not yet in the model, per year, &gt; 0; re-detentions
 *                         come on top, from the recidivism mechanism
 * @param steadyStateAdmissionsPerNewcomer all admissions per newcomer in the model's steady state, re-detentions
 *                         included, &ge; 0: sizes the prison's population when the run begins; 0 starts it empty
 * @param stays            per detention type, its share and stay-length distribution; shares sum to 1
 */
public record InflowParameters(double newcomersPerYear, double steadyStateAdmissionsPerNewcomer, Map<DetentionType, StayParameters> stays) {
    public InflowParameters {
        Require.positive(newcomersPerYear, "inflow.newcomersPerYear");
        Require.nonNegative(steadyStateAdmissionsPerNewcomer, "inflow.steadyStateAdmissionsPerNewcomer");
        stays = Map.copyOf(stays);
        if (stays.size() != DetentionType.values().length) {
            throw new IllegalArgumentException("inflow needs stay parameters for every detention type");
        }
        double sum = stays.values().stream().mapToDouble(StayParameters::share).sum();
        if (Math.abs(sum - 1) > 1e-6) throw new IllegalArgumentException("detention type shares must sum to 1, sum " + sum);
    }
}
