package nl.reintsim.cli;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.reintsim.output.kpi.KpiAccumulator;
import nl.reintsim.simulation.policy.Lever;
import nl.reintsim.simulation.scenario.Scenario;

/**
 * What a user should know before a run whose settings are valid but cannot give what they may expect: a lever
 * that starts after the measured years end (the scenario then equals the baseline), or measured years too few
 * for the two-year outcomes (they count only releases followed for two full years within the measured years).
 * Typically the result of a short {@code --years} for a quick look. Notes, not errors: the run goes ahead.
 */
final class StudyNotes {
    /** Below a year of releases in the two-year cohort, the two-year outcomes rest on a sliver of the measured years. */
    static final int SHORTEST_USEFUL_COHORT_DAYS = 365;

    private StudyNotes() { }

    static List<String> of(List<Scenario> scenarios) {
        List<String> notes = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (Lever lever : s.leversAfterTheMeasuredYears()) {
                notes.add(s.name() + ": lever " + lever.key() + " starts on " + lever.from() + ", after the measured years end ("
                        + s.end().minusDays(1) + "), so it changes nothing; measure more years (horizonYears or --years) or start it earlier");
            }
        }
        Scenario shortest = scenarios.stream().min(Comparator.comparingInt(Scenario::horizonYears)).orElse(null);
        if (shortest != null) {
            long measuredDays = ChronoUnit.DAYS.between(shortest.start(), shortest.end());
            // a release on measured day d counts when d + TWO_YEARS_DAYS <= measuredDays (KpiAccumulator)
            long cohortDays = measuredDays - KpiAccumulator.TWO_YEARS_DAYS + 1;
            String measured = shortest.horizonYears() + " measured year" + (shortest.horizonYears() == 1 ? "" : "s");
            if (cohortDays <= 0) {
                notes.add("with " + measured + " no release is followed for two years, so the two-year outcomes (recidivism_2y, "
                        + "redetention_2y, work_within_2y) cannot be measured; measure at least 3 years");
            } else if (cohortDays < SHORTEST_USEFUL_COHORT_DAYS) {
                notes.add("with " + measured + " the two-year outcomes (recidivism_2y, redetention_2y, work_within_2y) count only "
                        + "the releases of the first " + (cohortDays == 1 ? "day" : cohortDays + " days")
                        + " (followed for two years within the measured years); measure at least 3 years");
            }
        }
        return notes;
    }
}
