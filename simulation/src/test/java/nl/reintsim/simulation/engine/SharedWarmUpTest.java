package nl.reintsim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.observation.ModelEvent;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.policy.IdInDetention;
import nl.reintsim.simulation.policy.Levers;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Scenarios whose levers start when measurement starts go through the same warm-up, so a replication's warm-up
 * can be run once and continued by each of them (ODD 5). A continuation must be the replication it replaces,
 * event for event, in the measured years.
 */
class SharedWarmUpTest {
    /** Keeps every event; events are records, so equal events are equal objects. */
    static final class Recording implements Observer {
        final List<ModelEvent> events = new ArrayList<>();
        @Override public void on(ModelEvent event) { events.add(event); }
    }

    /** National scale, short: every mechanism acts, with queues, capacities and the Bijdrageregeling's years. */
    private final ModelInputs inputs = TestWorld.shippedInputs(3);

    private static List<Scenario> shippedScenarios(int horizonYears) throws Exception {
        try (Stream<Path> files = Files.list(TestWorld.repository().resolve("scenarios"))) {
            List<Scenario> scenarios = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                scenarios.add(ScenarioLoader.load(file).withHorizonYears(horizonYears));
            }
            return scenarios;
        }
    }

    private List<ModelEvent> ownWarmUp(Scenario scenario, int replication) {
        Recording all = new Recording();
        new ReintegrationSimulation(scenario, inputs, RandomStreams.forReplication(5, replication), all).runToEnd();
        return all.events;
    }

    @Test void everyShippedScenarioContinuesTheBaselineWarmUpEventForEvent() throws Exception {
        List<Scenario> scenarios = shippedScenarios(2);
        Scenario baseline = scenarios.stream().filter(s -> s.name().equals("baseline")).findFirst().orElseThrow();
        Recording warmUpEvents = new Recording();
        var warmedUp = new ReintegrationSimulation(baseline, inputs, RandomStreams.forReplication(5, 1), warmUpEvents);
        warmedUp.runWarmUp();
        assertTrue(scenarios.size() >= 11, "the shipped scenarios");
        for (Scenario scenario : scenarios) {
            assertTrue(ReintegrationSimulation.sharesWarmUp(baseline, scenario), scenario.name() + " starts its levers with measurement");
            Recording measured = new Recording();
            ReintegrationSimulation.continuing(warmedUp, scenario, measured).runToEnd();
            List<ModelEvent> continued = new ArrayList<>(warmUpEvents.events);
            continued.addAll(measured.events);
            assertSameEvents(ownWarmUp(scenario, 1), continued, scenario.name());
        }
    }

    /** Names the first event that differs, rather than printing a million. */
    private static void assertSameEvents(List<ModelEvent> expected, List<ModelEvent> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": event " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": events");
    }

    @Test void theContinuationsOfOneWarmUpDoNotDisturbEachOther() throws Exception {
        // the second continuation of the same warm-up sees it as the first did: the warm-up is only read
        Scenario baseline = TestWorld.scenario("baseline", 1, Levers.none());
        var warmedUp = new ReintegrationSimulation(baseline, inputs, RandomStreams.forReplication(5, 2), new Recording());
        warmedUp.runWarmUp();
        Recording first = new Recording();
        Recording second = new Recording();
        ReintegrationSimulation.continuing(warmedUp, baseline, first).runToEnd();
        ReintegrationSimulation.continuing(warmedUp, baseline, second).runToEnd();
        assertFalse(first.events.isEmpty());
        assertSameEvents(first.events, second.events, "second continuation");
    }

    @Test void aWarmUpFollowedByItsMeasuredYearsIsTheWholeReplication() {
        Scenario baseline = TestWorld.scenario("baseline", 1, Levers.none());
        Recording inParts = new Recording();
        var simulation = new ReintegrationSimulation(baseline, inputs, RandomStreams.forReplication(5, 4), inParts);
        assertThrows(IllegalStateException.class, simulation::runMeasuredYears, "not before its warm-up");
        simulation.runWarmUp();
        int warmUpEvents = inParts.events.size();
        simulation.runMeasuredYears();
        assertTrue(inParts.events.size() > warmUpEvents, "the measured years add events");
        assertSameEvents(ownWarmUp(baseline, 4), inParts.events, "warm-up, then measured years");
        assertThrows(IllegalStateException.class, simulation::runMeasuredYears, "not twice");
    }

    @Test void aLeverInForceDuringTheWarmUpIsNotShared() {
        Scenario baseline = TestWorld.scenario("baseline", 2, Levers.none());
        Scenario early = TestWorld.scenario("early", 2, Levers.of(new IdInDetention(LocalDate.of(2025, 6, 1), 0.9)));
        Scenario atStart = TestWorld.scenario("at-start", 2, Levers.of(new IdInDetention(LocalDate.of(2026, 1, 1), 0.9)));
        assertFalse(ReintegrationSimulation.sharesWarmUp(baseline, early));
        assertTrue(ReintegrationSimulation.sharesWarmUp(baseline, atStart));
        assertFalse(ReintegrationSimulation.sharesWarmUp(baseline, TestWorld.scenario("longer", 3, Levers.none())),
                "another horizon has other days to queue events on");
    }

    @Test void onlyAFinishedWarmUpCanBeContinued() {
        Scenario baseline = TestWorld.scenario("baseline", 1, Levers.none());
        var notRun = new ReintegrationSimulation(baseline, inputs, RandomStreams.forReplication(5, 3), new Recording());
        assertThrows(IllegalStateException.class, () -> ReintegrationSimulation.continuing(notRun, baseline, new Recording()));
        Scenario early = TestWorld.scenario("early", 1, Levers.of(new IdInDetention(LocalDate.of(2025, 6, 1), 0.9)));
        var warmedUp = new ReintegrationSimulation(baseline, TestWorld.shippedInputs(1), RandomStreams.forReplication(5, 3), new Recording());
        warmedUp.runWarmUp();
        assertThrows(IllegalArgumentException.class, () -> ReintegrationSimulation.continuing(warmedUp, early, new Recording()));
    }
}
