package nl.reintsim.simulation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everyone who has been detained in this replication, indexed by id. Ids count up from 0 in order of
 * first detention and belong to the replication, never to a static counter.
 */
public final class Population {
    private final List<Person> people = new ArrayList<>();
    private int inDetention;

    public Person add(double ageYears, int day, int priorOffences) {
        return add(ageYears, day, priorOffences, true);
    }

    public Person add(double ageYears, int day, int priorOffences, boolean male) {
        Person person = new Person(people.size(), ageYears, day, priorOffences, male);
        people.add(person);
        return person;
    }

    public Person get(int id) { return people.get(id); }

    /**
     * Reads the start of the person's data and of their condition schedule, and uses none of it: run over a
     * day's entries before they are handled, it brings those people into the cache with the reads waiting
     * for memory side by side (Java has no prefetch instruction). Measured on a national run: reading more
     * of the person, or warming in two passes, cost more than it saved.
     */
    public void warm(int id) { warmed += people.get(id).firstBytes(); }

    /** Kept only so that the reads of {@link #warm} are not optimised away. */
    private int warmed;

    public int size() { return people.size(); }

    public int inDetention() { return inDetention; }
    public void detentionStarted() { inDetention++; }
    public void detentionEnded() { inDetention--; }
}
