package nl.reintsim.simulation.model;

import java.util.Arrays;
import java.util.function.ObjIntConsumer;

/**
 * Everyone who has been detained in this replication, indexed by id. Ids count up from 0 in order of
 * first detention and belong to the replication, never to a static counter.
 */
public final class Population {
    private Person[] people = new Person[1024];
    private int size;
    private int inDetention;

    public Person add(double ageYears, int day, int priorOffences) {
        return add(ageYears, day, priorOffences, true);
    }

    public Person add(double ageYears, int day, int priorOffences, boolean male) {
        Person person = new Person(size, ageYears, day, priorOffences, male);
        if (size == people.length) people = Arrays.copyOf(people, 2 * size);
        people[size++] = person;
        return person;
    }

    /** Becomes an independent copy of {@code other}: the same people, each copied. */
    public void copyFrom(Population other) {
        people = new Person[other.people.length];
        for (int i = 0; i < other.size; i++) people[i] = other.people[i].copy();
        size = other.size;
        inDetention = other.inDetention;
    }

    public Person get(int id) {
        if (id >= size) throw new IndexOutOfBoundsException("no person " + id + " among " + size);
        return people[id];
    }

    /**
     * Reads the start of the data of the people that a day's queue entries name, and uses none of it: run
     * before the entries are handled, it brings those people into the cache with the reads waiting for memory
     * side by side (Java has no prefetch instruction). Measured on a national run: reading more of each person,
     * or warming in two passes, cost more than it saved. The person id sits above {@code shift} bits of an entry.
     */
    public ObjIntConsumer<int[]> warmer(int shift) {
        return warmer(shift, 0);
    }

    /**
     * As {@link #warmer(int)}, for entries that also name one of the person's condition kinds (the bits under
     * {@code kindMask}): reads that kind's word of the condition array too. The stale check reads it first, and for
     * most kinds it lies on another cache line than the array's start, which is all the plain warmer brings in.
     */
    public ObjIntConsumer<int[]> warmer(int shift, int kindMask) {
        return (entries, count) -> {
            Person[] all = people;
            int sum = 0;
            for (int i = 0; i < count; i++) sum += all[entries[i] >>> shift].firstBytes(entries[i] & kindMask);
            warmed += sum;
        };
    }

    /** Kept only so that the reads of {@link #warmer} are not optimised away. */
    private int warmed;

    public int size() { return size; }

    public int inDetention() { return inDetention; }
    public void detentionStarted() { inDetention++; }
    public void detentionEnded() { inDetention--; }
}
