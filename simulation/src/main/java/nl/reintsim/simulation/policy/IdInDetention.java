package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * Lever: ID during detention. Since 1 September 2023 detainees can apply for an ID card in the PI
 * more easily [K25, K26]; this lever sets how often a missing ID is arranged before release.
 *
 * @param from                       first day the lever applies
 * @param probabilityIdArranged      chance a missing ID is arranged when the stay allows it, 0..1
 */
public record IdInDetention(LocalDate from, double probabilityIdArranged) implements Lever {
    @Override public String key() { return "idInDetention"; }
}
