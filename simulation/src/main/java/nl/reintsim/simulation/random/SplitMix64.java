package nl.reintsim.simulation.random;

import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * A small, fast sequential generator (Steele, Lea and Flood's SplitMix64) usable with every
 * Commons Math distribution. Used for draws that belong to the world rather than to one person,
 * such as the daily number of arrivals.
 */
public final class SplitMix64 extends AbstractRandomGenerator implements Cloneable {
    private long state;

    private long draws;

    public SplitMix64(long seed) { this.state = seed; }

    @Override public void setSeed(long seed) { this.state = seed; clear(); }

    /**
     * An independent generator that continues exactly where this one is: by {@link Object#clone}, so it also
     * takes over the normal deviate that Commons Math's {@code nextGaussian} keeps for its next call.
     */
    SplitMix64 copy() {
        try {
            return (SplitMix64) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Numbers drawn, for the benchmark's floor. */
    public long draws() { return draws; }

    @Override public long nextLong() {
        draws++;
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    @Override public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override public int nextInt() { return (int) (nextLong() >>> 32); }

    /** The SplitMix64 finaliser: a bijective 64-bit mix with good avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
