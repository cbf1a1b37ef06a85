package nl.reintsim.simulation.capacity;

import java.util.Arrays;

/**
 * Person id to day, without boxing: open addressing with linear probing and backward-shift removal.
 * A capacity asks it on every request and withdrawal, millions of times a run; a {@code HashMap<Integer,
 * Integer>} spent most of that time allocating and chasing boxed keys.
 */
final class IntIntMap {
    private static final int FREE = -1;
    private int[] keys = newKeys(16);
    private int[] values = new int[16];
    private int size;

    int size() { return size; }

    /** Becomes an independent copy of {@code other}. */
    void copyFrom(IntIntMap other) {
        keys = other.keys.clone();
        values = other.values.clone();
        size = other.size;
    }
    boolean isEmpty() { return size == 0; }

    /** The value for {@code key}, or {@code absent} when there is none. */
    int get(int key, int absent) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != FREE; i = (i + 1) & mask) {
            if (keys[i] == key) return values[i];
        }
        return absent;
    }

    boolean containsKey(int key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != FREE; i = (i + 1) & mask) {
            if (keys[i] == key) return true;
        }
        return false;
    }

    void put(int key, int value) {
        if (key < 0) throw new IllegalArgumentException("keys are person ids (>= 0), was " + key);
        if (2 * (size + 1) > keys.length) resize(keys.length * 2);
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != FREE && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == FREE) size++;
        keys[i] = key;
        values[i] = value;
    }

    /** Removes the key; returns whether it was there. */
    boolean remove(int key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != key) {
            if (keys[i] == FREE) return false;
            i = (i + 1) & mask;
        }
        // shift later members of the probe run back, so that no lookup stops early at the hole
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != FREE; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            boolean between = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!between) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = FREE;
        size--;
        return true;
    }

    private void resize(int capacity) {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = newKeys(capacity);
        values = new int[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != FREE) put(oldKeys[i], oldValues[i]);
    }

    private static int[] newKeys(int capacity) {
        int[] keys = new int[capacity];
        Arrays.fill(keys, FREE);
        return keys;
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }
}
