package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * Lever: information sharing between PI and municipality. The bottleneck is unfamiliarity with the
 * rules, not the rules themselves [K26]. Replaces the parameter file's values from its start date.
 *
 * @param probabilityPlanShared                  chance the D&amp;R plan reaches the municipality, 0..1
 * @param probabilityNotifiedAfterSuddenRelease  chance a sudden release reaches the municipality afterwards, 0..1
 */
public record InformationSharing(LocalDate from, double probabilityPlanShared, double probabilityNotifiedAfterSuddenRelease)
        implements Lever {
    @Override public String key() { return "informationSharing"; }
}
