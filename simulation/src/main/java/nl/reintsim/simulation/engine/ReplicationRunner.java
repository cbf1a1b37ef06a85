package nl.reintsim.simulation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * Runs replications of one or more scenarios on a pool of threads. Replication <i>i</i> of every
 * scenario uses the streams of (master seed, <i>i</i>): common random numbers. Results come back in
 * (scenario, replication) order, never in completion order, so nothing downstream depends on threads.
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
        int total = scenarios.size() * settings.replications();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "replication");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<List<Future<O>>> futures = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                List<Future<O>> perScenario = new ArrayList<>();
                for (int r = 0; r < settings.replications(); r++) {
                    int replication = firstReplication + r;
                    perScenario.add(pool.submit(() -> {
                        try {
                            O result = runOne(scenario, inputs, settings.masterSeed(), replication, observers);
                            progress.replicationDone(done.incrementAndGet(), total);
                            return result;
                        } catch (RuntimeException | Error e) {
                            throw new ReplicationFailure(scenario.name(), replication, settings.masterSeed(), e);
                        }
                    }));
                }
                futures.add(perScenario);
            }
            List<List<O>> results = new ArrayList<>();
            for (List<Future<O>> perScenario : futures) {
                List<O> list = new ArrayList<>();
                for (Future<O> future : perScenario) list.add(await(future));
                results.add(list);
            }
            return results;
        } finally {
            pool.shutdownNow();
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
