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
    /** The purpose of each generator handed out, in order: a continuation must ask for the same ones. */
    private final List<RandomPurpose> keyedPurposes = new ArrayList<>();
    private final List<RandomPurpose> sequentialPurposes = new ArrayList<>();
    /** For a continuation, the streams it continues; null otherwise. */
    private final RandomStreams continued;

    private RandomStreams(long masterSeed, int replication, RandomStreams continued) {
        this.masterSeed = masterSeed;
        this.replication = replication;
        this.continued = continued;
        for (RandomPurpose purpose : RandomPurpose.values()) {
            seeds.put(purpose, seedFor(masterSeed, replication, purpose.name()));
        }
    }

    public static RandomStreams forReplication(long masterSeed, int replication) {
        if (replication < 0) throw new IllegalArgumentException("replication index must be >= 0, was " + replication);
        return new RandomStreams(masterSeed, replication, null);
    }

    /**
     * Streams for a model that takes over this one's state (a scenario continuing a shared warm-up): its
     * <i>n</i>-th request for a generator gets a copy of this one's <i>n</i>-th, at the point this one has
     * reached, so the continuation draws what this model would have drawn next. Only read from this object.
     */
    public RandomStreams continuation() {
        return new RandomStreams(masterSeed, replication, this);
    }

    public long masterSeed() { return masterSeed; }
    public int replication() { return replication; }

    /** A fresh sequential generator for draws that belong to no single person. */
    public SplitMix64 stream(RandomPurpose purpose) {
        int n = sequential.size();
        SplitMix64 generator = continued == null ? new SplitMix64(seeds.get(purpose))
                : continued.sequential.get(checkContinued(continued.sequentialPurposes, n, purpose)).copy();
        sequential.add(generator);
        sequentialPurposes.add(purpose);
        return generator;
    }

    /** Counter-based draws keyed by person and occasion. */
    public KeyedRandom keyed(RandomPurpose purpose) {
        int n = keyed.size();
        KeyedRandom generator = continued == null ? new KeyedRandom(seeds.get(purpose))
                : continued.keyed.get(checkContinued(continued.keyedPurposes, n, purpose)).copy();
        keyed.add(generator);
        keyedPurposes.add(purpose);
        return generator;
    }

    private static int checkContinued(List<RandomPurpose> purposes, int n, RandomPurpose purpose) {
        if (n >= purposes.size() || purposes.get(n) != purpose) {
            throw new IllegalStateException("a continuation asked for generator " + n + " (" + purpose
                    + ") which the continued model did not have: it must be wired the same way");
        }
        return n;
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
