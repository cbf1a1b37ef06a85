package nl.reintsim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.observation.ModelEvent;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.policy.IdInDetention;
import nl.reintsim.simulation.policy.Levers;
import nl.reintsim.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ReplicationRunnerTest {
    private final ModelParameters parameters = TestWorld.shippedParameters();
    /** National scale with a short warm-up: these tests are about the runner, not steady state. */
    private final ModelInputs inputs = TestWorld.shippedInputs(3);
    private final Scenario baseline = TestWorld.scenario("baseline", 2, Levers.none());

    /** Records every event, as text, for exact comparison. */
    static final class Recording implements Observer {
        final List<String> events = new ArrayList<>();
        @Override public void on(ModelEvent event) { events.add(event.toString()); }
    }

    private List<List<Recording>> run(List<Scenario> scenarios, long seed, int replications, int threads) {
        return ReplicationRunner.run(scenarios, inputs, new RunSettings(seed, replications, threads), 0,
                (scenario, replication, calendar) -> new Recording(), ReplicationRunner.Progress.NONE);
    }

    @Test void resultsDoNotDependOnTheNumberOfThreads() {
        List<List<Recording>> one = run(List.of(baseline), 11, 3, 1);
        List<List<Recording>> two = run(List.of(baseline), 11, 3, 2);
        for (int r = 0; r < 3; r++) assertEquals(one.get(0).get(r).events, two.get(0).get(r).events);
    }

    @Test void aDifferentSeedGivesADifferentHistory() {
        assertNotEquals(run(List.of(baseline), 11, 1, 1).get(0).get(0).events, run(List.of(baseline), 12, 1, 1).get(0).get(0).events);
    }

    @Test void aLeverSetToTheBaselineValueChangesNothing() {
        double baselineProbability = parameters.preparation().probabilityIdArrangedInDetention();
        Scenario identity = TestWorld.scenario("identity", 2,
                Levers.of(new IdInDetention(LocalDate.of(2026, 1, 1), baselineProbability)));
        List<List<Recording>> both = run(List.of(baseline, identity), 11, 2, 2);
        for (int r = 0; r < 2; r++) assertEquals(both.get(0).get(r).events, both.get(1).get(r).events);
    }

    @Test void everyLeverSetToItsBaselineValuesChangesNothing() {
        var cm = parameters.caseManagers();
        Levers identity = new Levers(Levers.of(new IdInDetention(LocalDate.of(2026, 1, 1),
                parameters.preparation().probabilityIdArrangedInDetention())).idInDetention(),
                new nl.reintsim.simulation.policy.CaseManagerCapacity(LocalDate.of(2026, 1, 1), cm.fte(), cm.caseloadNormPerFte()),
                new nl.reintsim.simulation.policy.InformationSharing(LocalDate.of(2026, 1, 1), cm.probabilityPlanShared(),
                        parameters.release().probabilityNotifiedAfterSudden()),
                new nl.reintsim.simulation.policy.RentContinuation(LocalDate.of(2026, 1, 1), 0.0),
                new nl.reintsim.simulation.policy.BijdrageregelingBudget(LocalDate.of(2026, 1, 1),
                        parameters.bijdrageregeling().budgetEurosPerYear(), parameters.bijdrageregeling().minimumReturneesPerYearToApply(),
                        "releases", false),
                new nl.reintsim.simulation.policy.RegionalCoordination(LocalDate.of(2026, 1, 1), 50_000, 0.0),
                new nl.reintsim.simulation.policy.StatutoryDuty(LocalDate.of(2026, 1, 1),
                        nl.reintsim.simulation.parameters.BySizeClass.all(0.0), 0.0, true),
                new nl.reintsim.simulation.policy.RioExpansion(LocalDate.of(2026, 1, 1), parameters.support().rioFte(),
                        parameters.support().rioCaseloadPerFte(), parameters.support().rioMinimumAgeYears(),
                        parameters.support().rioMaximumAgeYears(), nl.reintsim.simulation.policy.RioAllocation.LARGEST_PROBLEMS_FIRST),
                new nl.reintsim.simulation.policy.HousingSupply(LocalDate.of(2026, 1, 1), 91, 1.0, 0, 0));
        List<List<Recording>> both = run(List.of(baseline, TestWorld.scenario("identity", 2, identity)), 11, 1, 2);
        assertEquals(both.get(0).get(0).events, both.get(1).get(0).events);
    }

    @Test void aLeverLeavesEverythingBeforeItsStartDateUntouched() {
        Scenario lever = TestWorld.scenario("lever", 2, Levers.of(new IdInDetention(LocalDate.of(2027, 1, 1), 1.0)));
        List<List<Recording>> both = run(List.of(baseline, lever), 11, 1, 1);
        List<String> base = both.get(0).get(0).events;
        List<String> alt = both.get(1).get(0).events;
        int firstDifference = 0;
        while (firstDifference < Math.min(base.size(), alt.size()) && base.get(firstDifference).equals(alt.get(firstDifference))) {
            firstDifference++;
        }
        assertTrue(firstDifference < base.size(), "the lever changed nothing at all");
        String firstChanged = alt.get(firstDifference);
        int day = Integer.parseInt(firstChanged.replaceAll(".*\\bday=(\\d+).*", "$1"));
        int leverDay = ReintegrationSimulation.calendarOf(lever, inputs.parameters()).day(LocalDate.of(2027, 1, 1));
        assertTrue(day >= leverDay, "first change on day " + day + ", lever starts on day " + leverDay);
    }

    @Test void aReplicationRunAloneEqualsTheSameReplicationInABatch() {
        List<List<Recording>> batch = run(List.of(baseline), 11, 3, 2);
        Recording alone = ReplicationRunner.runOne(baseline, inputs, 11, 2, (s, r, c) -> new Recording());
        assertEquals(batch.get(0).get(2).events, alone.events);
    }

    @Test void scenariosThatShareAWarmUpGiveWhatTheirOwnRunsGive() {
        // the first three share a warm-up; the fourth starts a lever during the warm-up and runs its own
        List<Scenario> scenarios = List.of(TestWorld.scenario("baseline", 1, Levers.none()),
                TestWorld.scenario("at-start", 1, Levers.of(new IdInDetention(LocalDate.of(2026, 1, 1), 1.0))),
                TestWorld.scenario("later", 1, Levers.of(new IdInDetention(LocalDate.of(2026, 7, 1), 0.0))),
                TestWorld.scenario("early", 1, Levers.of(new IdInDetention(LocalDate.of(2025, 7, 1), 1.0))));
        assertEquals(List.of(List.of(0, 1, 2), List.of(3)), ReplicationRunner.warmUpGroups(scenarios));
        ModelInputs short1 = TestWorld.shippedInputs(1);
        List<List<SharedWarmUpTest.Recording>> alone = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            alone.add(List.of(ReplicationRunner.runOne(scenario, short1, 11, 0, (x, y, z) -> new SharedWarmUpTest.Recording()),
                    ReplicationRunner.runOne(scenario, short1, 11, 1, (x, y, z) -> new SharedWarmUpTest.Recording())));
        }
        // two replications on two threads: one task per replication; one replication: the group split in two
        for (int replications : new int[] {2, 1}) {
            List<List<SharedWarmUpTest.Recording>> batch = ReplicationRunner.run(scenarios, short1,
                    new RunSettings(11, replications, 2), 0, (x, y, z) -> new SharedWarmUpTest.Recording(),
                    ReplicationRunner.Progress.NONE);
            for (int s = 0; s < scenarios.size(); s++) {
                for (int r = 0; r < replications; r++) {
                    assertTrue(alone.get(s).get(r).events.equals(batch.get(s).get(r).events),
                            scenarios.get(s).name() + ", replication " + r + " of " + replications);
                }
            }
        }
    }

    @Test void aFailingReplicationIsNamedWithItsSeed() {
        ReplicationRunner.ReplicationFailure failure = assertThrows(ReplicationRunner.ReplicationFailure.class, () ->
                ReplicationRunner.run(List.of(baseline), inputs, new RunSettings(5, 3, 2), 0,
                        (scenario, replication, calendar) -> replication == 1
                                ? event -> { throw new IllegalStateException("boom"); } : Observer.NONE,
                        ReplicationRunner.Progress.NONE));
        assertEquals(1, failure.replication());
        assertEquals(5, failure.masterSeed());
    }
}
