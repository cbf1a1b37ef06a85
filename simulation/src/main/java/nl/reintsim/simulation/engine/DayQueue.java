package nl.reintsim.simulation.engine;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;

/**
 * Per-person one-shot events of one kind, bucketed by day: the phase that owns the queue takes
 * today's bucket in one go. This keeps per-agent events off the MASON schedule (which would shuffle
 * ties with the shared generator, and costs far more per event).
 *
 * <p>Entries are person ids in insertion order. A mechanism checks on the person that an entry is still
 * current (a rescheduled event leaves a stale entry behind, which is cheaper than removing it).
 *
 * <p>Most of a national run is spent waiting for memory, not computing: the bucket of a day weeks ahead
 * and the person an entry names have both usually left the cache. Two things let those waits overlap
 * instead of coming one after another: adds are collected and written to their days in batches, and
 * {@link #drain(int, ObjIntConsumer, IntConsumer)} first runs a pass that only reads what today's entries
 * point at. Neither changes what comes out, or in which order.
 */
public final class DayQueue {
    /** Spare arrays kept for reuse: how many at most. */
    private static final int SPARES = 32;
    /** Adds collected before they are written to their days. */
    private static final int BATCH = 256;

    private final int[][] buckets;
    private final int[] sizes;
    /**
     * Arrays of drained or outgrown buckets, handed to the next new bucket: every day's bucket would
     * otherwise be allocated, zeroed and grown afresh, millions of entries a run.
     */
    private final int[][] spares = new int[SPARES][];
    private int spareCount;
    private final int[] batchDays = new int[BATCH];
    private final int[] batchEntries = new int[BATCH];
    private int batched;
    /** The last day taken: an entry for an earlier day would never come up, so adding one is a fault. */
    private int lastTaken = -1;

    public DayQueue(int days) {
        buckets = new int[days][];
        sizes = new int[days];
    }

    /** Becomes an independent copy of {@code other}, a queue over as many days; spare arrays are not copied. */
    public void copyFrom(DayQueue other) {
        if (other.buckets.length != buckets.length) {
            throw new IllegalArgumentException("queues over " + other.buckets.length + " and " + buckets.length + " days");
        }
        for (int day = 0; day < buckets.length; day++) {
            int[] bucket = other.buckets[day];
            buckets[day] = bucket == null ? null : Arrays.copyOf(bucket, bucket.length);
        }
        System.arraycopy(other.sizes, 0, sizes, 0, sizes.length);
        System.arraycopy(other.batchDays, 0, batchDays, 0, other.batched);
        System.arraycopy(other.batchEntries, 0, batchEntries, 0, other.batched);
        batched = other.batched;
        lastTaken = other.lastTaken;
    }

    /** Adds an entry; returns false (and adds nothing) when the day lies beyond the horizon. */
    public boolean add(int day, int entry) {
        if (day >= buckets.length) return false;
        if (day < 0) throw new IllegalArgumentException("cannot schedule on day " + day);
        if (day < lastTaken) throw new IllegalStateException("cannot schedule on day " + day + ": day " + lastTaken + " has already come up");
        batchDays[batched] = day;
        batchEntries[batched] = entry;
        if (++batched == BATCH) writeBatch();
        return true;
    }

    /** Writes the collected adds to their days, in the order they were made; every read of a day comes after. */
    private void writeBatch() {
        for (int i = 0; i < batched; i++) append(batchDays[i], batchEntries[i]);
        batched = 0;
    }

    private void append(int day, int entry) {
        int[] bucket = buckets[day];
        if (bucket == null) {
            bucket = buckets[day] = spareCount > 0 ? spares[--spareCount] : new int[4];
        } else if (sizes[day] == bucket.length) {
            buckets[day] = Arrays.copyOf(bucket, bucket.length * 2);
            keepSpare(bucket);
            bucket = buckets[day];
        }
        bucket[sizes[day]++] = entry;
    }

    /** Today's entries; the array may be longer than {@link #size(int)}. Frees the bucket afterwards. */
    public int[] take(int day) {
        writeBatch();
        lastTaken = Math.max(lastTaken, day);
        int[] bucket = buckets[day];
        buckets[day] = null;
        return bucket == null ? EMPTY : bucket;
    }

    public int size(int day) {
        writeBatch();
        return sizes[day];
    }

    /**
     * Hands each of today's entries to {@code action}, in insertion order, and frees the bucket. Entries the
     * action adds for this same day wait for the day's next drain (mechanisms schedule for later days).
     */
    public void drain(int day, IntConsumer action) {
        int[] bucket = take(day);
        int n = sizes[day];
        sizes[day] = 0;
        for (int i = 0; i < n; i++) action.accept(bucket[i]);
        if (bucket != EMPTY) keepSpare(bucket);
    }

    /**
     * As {@link #drain(int, IntConsumer)}, after handing today's entries (and how many there are) to {@code warm}:
     * a pass that only reads what the entries point at (see {@code Population.warmer}), so that those reads wait
     * for memory side by side rather than each in the middle of an event.
     */
    public void drain(int day, ObjIntConsumer<int[]> warm, IntConsumer action) {
        writeBatch();
        if (buckets[day] != null) warm.accept(buckets[day], sizes[day]);
        drain(day, action);
    }

    private void keepSpare(int[] array) {
        if (spareCount < SPARES) spares[spareCount++] = array;
    }

    private static final int[] EMPTY = new int[0];
}
