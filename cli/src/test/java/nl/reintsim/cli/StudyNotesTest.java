package nl.reintsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Before a run, the user hears of settings that are valid but cannot give what the run seems to ask for. */
class StudyNotesTest {
    private static Scenario shipped(String name, int years) throws Exception {
        Path file = CliTest.repositoryRoot().resolve("scenarios/" + name + ".yaml");
        return ScenarioLoader.load(file).withHorizonYears(years);
    }

    @Test void aLeverThatStartsAfterTheMeasuredYearsIsNamedAsChangingNothing() throws Exception {
        // rio-national starts its lever on 2027-01-01, a year after the scenario's start
        List<String> notes = StudyNotes.of(List.of(shipped("baseline", 1), shipped("rio-national", 1)));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("rio-national: lever rio starts on 2027-01-01")
                && n.contains("(2026-12-31)") && n.contains("changes nothing")), notes.toString());
    }

    @Test void aLeverWithinTheMeasuredYearsGivesNoNote() throws Exception {
        assertEquals(List.of(), StudyNotes.of(List.of(shipped("baseline", 3), shipped("rio-national", 3))));
    }

    @Test void oneMeasuredYearCannotMeasureTheTwoYearOutcomes() throws Exception {
        List<String> notes = StudyNotes.of(List.of(shipped("baseline", 1)));
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("cannot be measured"), notes.get(0));
    }

    @Test void twoMeasuredYearsCountTheTwoYearOutcomesOnTheReleasesOfTheirFirstDayOnly() throws Exception {
        // 2026 and 2027 have 730 days: only a release on the first day is followed for two years within them
        List<String> notes = StudyNotes.of(List.of(shipped("baseline", 2)));
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("only the releases of the first day "), notes.get(0));
    }

    @Test void theShortestHorizonOfTheRunDecidesTheNote() throws Exception {
        List<String> notes = StudyNotes.of(List.of(shipped("baseline", 10), shipped("id-in-detention", 1)));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("with 1 measured year ")), notes.toString());
    }
}
