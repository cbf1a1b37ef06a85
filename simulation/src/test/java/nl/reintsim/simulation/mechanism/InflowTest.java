package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.parameters.PersonParameters;
import org.junit.jupiter.api.Test;

class InflowTest {
    private final Fixture world = new Fixture();
    private final Detention detention = new Detention(world.population, Fixture.inflow(1000), Fixture.preparation(0.15, 0.1),
            world.streams, world.releases, world.preparations, world.observer);
    private final PersonParameters persons = new PersonParameters(32, 10, 18, 75, 3);

    @Test void newcomersArriveAtTheirYearlyRate() {
        Inflow inflow = new Inflow(world.population, detention, 9000, persons, world.streams, world.redetentions);
        for (int day = 0; day < 3653; day++) inflow.onDay(day);
        double perYear = world.population.size() / (3653 / 365.25);
        double se = Math.sqrt(9000 * 10.0) / 10;   // Poisson count over ten years, per year
        assertEquals(9000, perYear, 4 * se);
    }

    @Test void aPersonBroughtBackAfterAnOffenceReentersAsTheSamePersonInANewEpisode() {
        Inflow inflow = new Inflow(world.population, detention, 1, persons, world.streams, world.redetentions);
        Person person = world.detained(30, 2, 5, true);
        person.release(5);
        person.awaitDetention();
        world.redetentions.add(40, person.id());
        inflow.onDay(40);
        Detained again = world.events(Detained.class).stream().filter(d -> d.personId() == person.id()).findFirst().orElseThrow();
        assertEquals(2, again.episode());
        assertEquals(5, again.previousReleaseDay());
    }

    @Test void priorOffencesHaveTheirMean() {
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) sum += Inflow.priorOffences(3, (i + 0.5) / n);
        assertEquals(3, sum / n, 0.05);
    }

    @Test void ageStaysWithinItsBounds() {
        Inflow inflow = new Inflow(world.population, detention, 20_000, persons, world.streams, world.redetentions);
        for (int day = 0; day < 365; day++) inflow.onDay(day);
        for (int id = 0; id < world.population.size(); id++) {
            Person p = world.population.get(id);
            double age = p.ageYears(p.detentionStartDay());
            org.junit.jupiter.api.Assertions.assertTrue(age >= 18 && age <= 75, "age " + age);
        }
    }
}
