package nl.reintsim.simulation.engine;

/**
 * How to run, as opposed to what to simulate (that is the scenario and the parameters).
 *
 * @param masterSeed   seed from which every replication's streams derive
 * @param replications number of replications per scenario, &ge; 1
 * @param threads      worker threads, &ge; 1; results do not depend on it
 */
public record RunSettings(long masterSeed, int replications, int threads) {
    public RunSettings {
        if (replications < 1) throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
}
