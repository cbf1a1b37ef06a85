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
    public int size() { return people.size(); }

    public int inDetention() { return inDetention; }
    public void detentionStarted() { inDetention++; }
    public void detentionEnded() { inDetention--; }
}
