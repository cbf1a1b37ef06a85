package nl.reintsim.output.kpi;

import java.util.Arrays;

/**
 * A map from long keys to non-negative ints without boxing (open addressing, linear probing): the
 * accumulator looks up a release for every monitor moment, hundreds of thousands of times a run.
 */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    LongIntMap() { Arrays.fill(keys, EMPTY); }

    void put(long key, int value) {
        if (key == EMPTY) throw new IllegalArgumentException("reserved key");
        if (value < 0) throw new IllegalArgumentException("values must be >= 0");
        if (2 * (size + 1) > keys.length) grow();
        int i = slot(key, keys.length);
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & (keys.length - 1);
        if (keys[i] == EMPTY) size++;
        keys[i] = key;
        values[i] = value;
    }

    /** The value, or -1 when the key is absent. */
    int get(long key) {
        int i = slot(key, keys.length);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return values[i];
            i = (i + 1) & (keys.length - 1);
        }
        return -1;
    }

    int size() { return size; }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != EMPTY) put(oldKeys[i], oldValues[i]);
    }

    private static int slot(long key, int length) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (length - 1);
    }
}
