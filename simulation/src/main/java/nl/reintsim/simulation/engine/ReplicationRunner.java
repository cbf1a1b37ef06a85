package nl.reintsim.simulation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.reintsim.simulation.observation.ModelEvent;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * Runs replications of one or more scenarios on a pool of threads. Replication <i>i</i> of every
 * scenario uses the streams of (master seed, <i>i</i>): common random numbers. Results come back in
 * (scenario, replication) order, never in completion order, so nothing downstream depends on threads.
 *
 * <p>Scenarios that share their warm-up ({@link ReintegrationSimulation#sharesWarmUp}: levers that wait for
 * the measured years, as in every shipped scenario) run replication <i>i</i>'s warm-up once and each continue
 * it; their observers first see the warm-up's events, so every result is what a run of its own would give
 * (SharedWarmUpTest, ReplicationRunnerTest). The warm-up is about two fifths of a replication's time.
 */
public final class ReplicationRunner {
    /** Makes the observer that collects one replication's results. */
    @FunctionalInterface
    public interface ObserverFactory<O extends Observer> {
        O create(Scenario scenario, int replication, SimCalendar calendar);
    }

    /** Told after each finished replication; called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        void replicationDone(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** A replication failed: says which, and the seed that reproduces it. */
    public static final class ReplicationFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String scenario;
        private final int replication;
        private final long masterSeed;

        ReplicationFailure(String scenario, int replication, long masterSeed, Throwable cause) {
            super("replication " + replication + " of scenario " + scenario + " failed (master seed " + masterSeed
                    + "; reproduce it with --seed " + masterSeed + " --replay-replication " + replication + "): " + cause, cause);
            this.scenario = scenario;
            this.replication = replication;
            this.masterSeed = masterSeed;
        }

        public String scenario() { return scenario; }
        public int replication() { return replication; }
        public long masterSeed() { return masterSeed; }
    }

    private ReplicationRunner() { }

    /** Runs replication {@code replication} of one scenario on the calling thread. */
    public static <O extends Observer> O runOne(Scenario scenario, ModelInputs inputs, long masterSeed,
                                                int replication, ObserverFactory<O> observers) {
        SimCalendar calendar = ReintegrationSimulation.calendarOf(scenario, inputs.parameters());
        O observer = observers.create(scenario, replication, calendar);
        new ReintegrationSimulation(scenario, inputs, RandomStreams.forReplication(masterSeed, replication), observer)
                .runToEnd();
        return observer;
    }

    /**
     * Runs {@code settings.replications()} replications of each scenario, replications with index
     * {@code firstReplication} onwards. Returns one list per scenario, in replication order.
     *
     * @throws ReplicationFailure  when a replication throws; the other work is cancelled
     * @throws CancellationException when the calling thread is interrupted; the other work is cancelled
     */
    public static <O extends Observer> List<List<O>> run(List<Scenario> scenarios, ModelInputs inputs,
                                                         RunSettings settings, int firstReplication,
                                                         ObserverFactory<O> observers, Progress progress) {
        return run(scenarios, inputs, settings, firstReplication, observers, observer -> observer, progress);
    }

    /**
     * As {@link #run(List, ModelInputs, RunSettings, int, ObserverFactory, Progress)}, keeping of each replication
     * only {@code result} of its observer, taken as soon as the replication ends: an observer may hold far more
     * than its result (per-person records), and a main run keeps hundreds of results.
     */
    public static <O extends Observer, R> List<List<R>> run(List<Scenario> scenarios, ModelInputs inputs,
                                                            RunSettings settings, int firstReplication,
                                                            ObserverFactory<O> observers, java.util.function.Function<O, R> result,
                                                            Progress progress) {
        int total = scenarios.size() * settings.replications();
        AtomicInteger done = new AtomicInteger();
        Runnable oneDone = () -> progress.replicationDone(done.incrementAndGet(), total);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "replication");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // where each (scenario, replication) result will be: a position in the results of one task
            List<List<Slot<R>>> slots = new ArrayList<>();
            for (int s = 0; s < scenarios.size(); s++) slots.add(new ArrayList<>());
            // with fewer replications than threads, a group's scenarios are split so that every thread has work
            int parts = Math.max(1, (settings.threads() + settings.replications() - 1) / settings.replications());
            List<List<Integer>> groups = warmUpGroups(scenarios);
            for (int r = 0; r < settings.replications(); r++) {
                int replication = firstReplication + r;
                for (List<Integer> group : groups) {
                    for (List<Integer> part : split(group, parts)) {
                        List<Scenario> together = part.stream().map(scenarios::get).toList();
                        Future<List<R>> task = pool.submit(() ->
                                runSharing(together, inputs, settings.masterSeed(), replication, observers, result, oneDone));
                        for (int i = 0; i < part.size(); i++) slots.get(part.get(i)).add(new Slot<>(task, i));
                    }
                }
            }
            List<List<R>> results = new ArrayList<>();
            for (List<Slot<R>> perScenario : slots) {
                List<R> list = new ArrayList<>();
                for (Slot<R> slot : perScenario) list.add(await(slot.task()).get(slot.position()));
                results.add(list);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Slot<R>(Future<List<R>> task, int position) { }

    /** The scenarios by index, in groups that share a warm-up, each group in the order of the list. */
    static List<List<Integer>> warmUpGroups(List<Scenario> scenarios) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            int scenario = s;
            List<Integer> group = groups.stream()
                    .filter(g -> ReintegrationSimulation.sharesWarmUp(scenarios.get(g.get(0)), scenarios.get(scenario)))
                    .findFirst().orElse(null);
            if (group == null) groups.add(group = new ArrayList<>());
            group.add(s);
        }
        return groups;
    }

    /** At most {@code parts} consecutive runs of the group, as even as may be. */
    private static List<List<Integer>> split(List<Integer> group, int parts) {
        int n = Math.min(parts, group.size());
        List<List<Integer>> split = new ArrayList<>();
        for (int p = 0; p < n; p++) split.add(group.subList(p * group.size() / n, (p + 1) * group.size() / n));
        return split;
    }

    /**
     * Replication {@code replication} of each scenario on the calling thread, the scenarios sharing the warm-up
     * (as {@link #warmUpGroups} puts them): run once, its events kept for each scenario's observer, and continued
     * by each scenario in turn. What {@link #run} does for one group and replication; {@code bench} times it.
     */
    public static <O extends Observer> List<O> runSharing(List<Scenario> scenarios, ModelInputs inputs, long masterSeed,
                                                          int replication, ObserverFactory<O> observers) {
        return runSharing(scenarios, inputs, masterSeed, replication, observers, observer -> observer, () -> { });
    }

    private static <O extends Observer, R> List<R> runSharing(List<Scenario> scenarios, ModelInputs inputs, long masterSeed,
                                                              int replication, ObserverFactory<O> observers,
                                                              java.util.function.Function<O, R> result, Runnable oneDone) {
        if (scenarios.size() == 1) {
            R alone = failingAs(scenarios.get(0), replication, masterSeed,
                    () -> result.apply(runOne(scenarios.get(0), inputs, masterSeed, replication, observers)));
            oneDone.run();
            return List.of(alone);
        }
        List<ModelEvent> warmUpEvents = new ArrayList<>();
        ReintegrationSimulation warmedUp = new ReintegrationSimulation(scenarios.get(0), inputs,
                RandomStreams.forReplication(masterSeed, replication), warmUpEvents::add);
        failingAs(scenarios.get(0), replication, masterSeed, () -> {
            warmedUp.runWarmUp();
            return warmedUp;
        });
        List<R> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(failingAs(scenario, replication, masterSeed, () -> {
                O observer = observers.create(scenario, replication, ReintegrationSimulation.calendarOf(scenario, inputs.parameters()));
                for (ModelEvent event : warmUpEvents) observer.on(event);
                ReintegrationSimulation.continuing(warmedUp, scenario, observer).runToEnd();
                return result.apply(observer);
            }));
            oneDone.run();
        }
        return results;
    }

    private static <T> T failingAs(Scenario scenario, int replication, long masterSeed, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            throw new ReplicationFailure(scenario.name(), replication, masterSeed, e);
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReplicationFailure failure) throw failure;
            throw new IllegalStateException(e.getCause());
        }
    }
}
