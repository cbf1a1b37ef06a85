package nl.reintsim.simulation.parameters;

import java.util.List;

/**
 * Everything the model needs to know about the world, as loaded from a parameter file, plus the
 * sourced quantities it came from (for the manifest, the report and calibration).
 *
 * @param warmupYears years simulated before measurement starts, so stocks reach steady state
 */
public record ModelParameters(int warmupYears, InflowParameters inflow, PersonParameters persons, OriginParameters origin,
                              EntryConditionParameters entryConditions, DetentionDamageParameters detentionDamage,
                              CaseManagerParameters caseManagers, PreparationParameters preparation,
                              ReleaseParameters release, MunicipalParameters municipalities, SupportParameters support,
                              BijdrageregelingParameters bijdrageregeling,
                              ConditionParameters conditions, AccommodationParameters accommodation, RecidivismParameters recidivism,
                              RedetentionParameters redetention, CostParameters costs, List<Quantity> quantities) {
    public ModelParameters {
        if (warmupYears < 0) throw new IllegalArgumentException("warmupYears must be >= 0");
        quantities = List.copyOf(quantities);
    }

    /** The same parameters with another warm-up (for tests and the benchmark). */
    public ModelParameters withWarmupYears(int years) {
        return new ModelParameters(years, inflow, persons, origin, entryConditions, detentionDamage, caseManagers, preparation,
                release, municipalities, support, bijdrageregeling, conditions, accommodation, recidivism, redetention, costs, quantities);
    }

    /** The same parameters with other detention damage (for tests). */
    public ModelParameters withDetentionDamage(DetentionDamageParameters damage) {
        return new ModelParameters(warmupYears, inflow, persons, origin, entryConditions, damage, caseManagers, preparation,
                release, municipalities, support, bijdrageregeling, conditions, accommodation, recidivism, redetention, costs, quantities);
    }
}
