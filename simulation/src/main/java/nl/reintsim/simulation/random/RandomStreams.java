package nl.reintsim.simulation.random;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The random streams of one replication, one per {@link RandomPurpose}.
 *
 * <p>A stream's seed mixes the master seed, the replication index and the purpose's <em>name</em>.
 * Consequences, all deliberate:
 * <ul>
 *   <li>replication <i>i</i> of every scenario gets identical streams (common random numbers), so a
 *       paired difference between scenarios measures the policy, not the luck of the draw;</li>
 *   <li>results never depend on which thread ran a replication, or in which order;</li>
 *   <li>adding a purpose leaves every existing stream unchanged.</li>
 * </ul>
 * Model code never uses MASON's {@code state.random}.
 */
public final class RandomStreams {
    private final long masterSeed;
    private final int replication;
    private final Map<RandomPurpose, Long> seeds = new EnumMap<>(RandomPurpose.class);
    private final List<KeyedRandom> keyed = new ArrayList<>();
    private final List<SplitMix64> sequential = new ArrayList<>();

    private RandomStreams(long masterSeed, int replication) {
        this.masterSeed = masterSeed;
        this.replication = replication;
        for (RandomPurpose purpose : RandomPurpose.values()) {
            seeds.put(purpose, seedFor(masterSeed, replication, purpose.name()));
        }
    }

    public static RandomStreams forReplication(long masterSeed, int replication) {
        if (replication < 0) throw new IllegalArgumentException("replication index must be >= 0, was " + replication);
        return new RandomStreams(masterSeed, replication);
    }

    public long masterSeed() { return masterSeed; }
    public int replication() { return replication; }

    /** A fresh sequential generator for draws that belong to no single person. */
    public SplitMix64 stream(RandomPurpose purpose) {
        SplitMix64 generator = new SplitMix64(seeds.get(purpose));
        sequential.add(generator);
        return generator;
    }

    /** Counter-based draws keyed by person and occasion. */
    public KeyedRandom keyed(RandomPurpose purpose) {
        KeyedRandom generator = new KeyedRandom(seeds.get(purpose));
        keyed.add(generator);
        return generator;
    }

    /** Random numbers drawn so far from every generator handed out. */
    public long draws() {
        long sum = 0;
        for (KeyedRandom k : keyed) sum += k.draws();
        for (SplitMix64 s : sequential) sum += s.draws();
        return sum;
    }

    static long seedFor(long masterSeed, int replication, String purposeName) {
        long h = SplitMix64.mix(masterSeed ^ 0x5DEECE66DL);
        h = SplitMix64.mix(h + replication * 0x9E3779B97F4A7C15L);
        for (byte b : purposeName.getBytes(StandardCharsets.UTF_8)) {
            h = SplitMix64.mix(h ^ (b & 0xFF));
        }
        return h;
    }
}
