package nl.reintsim.simulation.engine;

import java.util.Arrays;

/**
 * Per-person one-shot events of one kind, bucketed by day: the phase that owns the queue takes
 * today's bucket in one go. This keeps per-agent events off the MASON schedule (which would shuffle
 * ties with the shared generator, and costs far more per event).
 *
 * <p>Entries are person ids in insertion order. A mechanism checks on the person that an entry is still
 * current (a rescheduled event leaves a stale entry behind, which is cheaper than removing it).
 */
public final class DayQueue {
    /** Spare arrays kept for reuse: how many at most. */
    private static final int SPARES = 32;

    private final int[][] buckets;
    private final int[] sizes;
    /**
     * Arrays of drained or outgrown buckets, handed to the next new bucket: every day's bucket would
     * otherwise be allocated, zeroed and grown afresh, millions of entries a run.
     */
    private final int[][] spares = new int[SPARES][];
    private int spareCount;

    public DayQueue(int days) {
        buckets = new int[days][];
        sizes = new int[days];
    }

    /** Adds an entry; returns false (and adds nothing) when the day lies beyond the horizon. */
    public boolean add(int day, int personId) {
        if (day >= buckets.length) return false;
        if (day < 0) throw new IllegalArgumentException("cannot schedule on day " + day);
        int[] bucket = buckets[day];
        if (bucket == null) {
            bucket = buckets[day] = spareCount > 0 ? spares[--spareCount] : new int[4];
        } else if (sizes[day] == bucket.length) {
            buckets[day] = Arrays.copyOf(bucket, bucket.length * 2);
            keepSpare(bucket);
            bucket = buckets[day];
        }
        bucket[sizes[day]++] = personId;
        return true;
    }

    /** Today's entries; the array may be longer than {@link #size(int)}. Frees the bucket afterwards. */
    public int[] take(int day) {
        int[] bucket = buckets[day];
        buckets[day] = null;
        return bucket == null ? EMPTY : bucket;
    }

    public int size(int day) { return sizes[day]; }

    /** Hands each of today's entries to {@code action}, in insertion order, and frees the bucket. */
    public void drain(int day, java.util.function.IntConsumer action) {
        int[] bucket = take(day);
        int n = sizes[day];
        sizes[day] = 0;
        for (int i = 0; i < n; i++) action.accept(bucket[i]);
        if (bucket != EMPTY) keepSpare(bucket);
    }

    private void keepSpare(int[] array) {
        if (spareCount < SPARES) spares[spareCount++] = array;
    }

    private static final int[] EMPTY = new int[0];
}
