package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.Released;
import org.junit.jupiter.api.Test;

class ReleaseTest {
    private final Fixture world = new Fixture();
    private final Recidivism recidivism = new Recidivism(world.population, Fixture.recidivism(), Fixture.redetention(0.5),
            world.streams, world.offences, world.redetentions, world.observer);
    private final Release release = new Release(world.population, world.releases, recidivism, world.observer);

    @Test void releaseRecordsTheBasicConditionsAndTheStay() {
        world.detained(30, 0, 40, false);
        release.onDay(40);
        List<Released> released = world.events(Released.class);
        assertEquals(1, released.size());
        assertEquals(40, released.get(0).stayDays());
        assertFalse(released.get(0).hasValidId());
        assertEquals(0, world.population.inDetention());
    }

    @Test void aReleasedPersonBecomesAtRiskOfANewOffence() {
        Person person = world.detained(30, 0, 40, true);
        release.onDay(40);
        assertFalse(person.isInDetention());
        assertTrue(person.nextOffenceDay() > 40 || person.nextOffenceDay() == -1);
    }

    @Test void anOutdatedReleaseEntryIsIgnored() {
        Person person = world.detained(30, 0, 40, true);
        world.releases.add(30, person.id());
        release.onDay(30);
        assertTrue(person.isInDetention());
        assertTrue(world.events(Released.class).isEmpty());
    }
}
