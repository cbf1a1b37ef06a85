package nl.reintsim.simulation.scenario;

import java.time.LocalDate;
import java.util.List;
import nl.reintsim.simulation.policy.Lever;
import nl.reintsim.simulation.policy.Levers;

/**
 * A policy scenario: the baseline parameter set plus dated levers.
 *
 * @param name         short identifier, lower case with hyphens; used in file names and tables
 * @param title        one line, Dutch and English
 * @param description  rationale and expected effect, Dutch and English
 * @param start        first day of measurement; the warm-up runs before it
 * @param horizonYears years measured from {@code start}
 */
public record Scenario(String name, Text title, Text description, LocalDate start, int horizonYears, Levers levers) {
    /** A text in both report languages. */
    public record Text(String nl, String en) {
        public String in(String language) { return "en".equals(language) ? en : nl; }
    }

    public Scenario withHorizonYears(int years) {
        return new Scenario(name, title, description, start, years, levers);
    }

    /** The first day after the measured years. */
    public LocalDate end() { return start.plusYears(horizonYears); }

    /** Active levers that start on or after {@link #end()}: they change nothing that is measured. */
    public List<Lever> leversAfterTheMeasuredYears() {
        return levers.active().stream().filter(lever -> !lever.from().isBefore(end())).toList();
    }
}
