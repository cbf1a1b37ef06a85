package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.parameters.PersonParameters;
import org.junit.jupiter.api.Test;

class InflowTest {
    private final Fixture world = new Fixture();
    private final PersonParameters persons = new PersonParameters(32, 10, 18, 75, 3, 0.93);
    private final DayQueue redetentions = new DayQueue(Fixture.DAYS);

    private Inflow inflow(double perYear) {
        return new Inflow(world.population, world.mechanisms.detention(), Fixture.inflow(perYear), persons, world.streams, redetentions);
    }

    @Test void newcomersArriveAtTheirYearlyRate() {
        Inflow inflow = inflow(9000);
        for (int day = 0; day < 3653; day++) inflow.onDay(day);
        double perYear = world.population.size() / (3653 / 365.25);
        assertEquals(9000, perYear, 4 * Math.sqrt(9000 * 10.0) / 10);
    }

    @Test void aPersonBroughtBackAfterAnOffenceReentersAsTheSamePersonInANewEpisode() {
        Inflow inflow = inflow(1);
        Person person = world.population.add(30, 0, 2);
        world.mechanisms.detention().admit(person, 0);
        int released = person.releaseDay();
        person.release(released);
        world.population.detentionEnded();
        person.awaitDetention();
        redetentions.add(released + 40, person.id());
        inflow.onDay(released + 40);
        Detained again = world.events(Detained.class).stream().filter(d -> d.personId() == person.id() && d.episode() == 2)
                .findFirst().orElseThrow();
        assertEquals(released, again.previousReleaseDay());
    }

    @Test void priorOffencesHaveTheirMean() {
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) sum += Inflow.priorOffences(3, (i + 0.5) / n);
        assertEquals(3, sum / n, 0.05);
    }

    @Test void ageAtArrivalStaysWithinItsBounds() {
        Inflow inflow = inflow(20_000);
        for (int day = 0; day < 365; day++) inflow.onDay(day);
        for (int id = 0; id < world.population.size(); id++) {
            Person p = world.population.get(id);
            double age = p.ageYears(p.detentionStartDay());
            assertTrue(age >= 18 && age <= 75, "age " + age);
        }
    }
}
