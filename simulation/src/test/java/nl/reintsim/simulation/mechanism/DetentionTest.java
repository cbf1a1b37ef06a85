package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.Detained;
import org.junit.jupiter.api.Test;

class DetentionTest {
    private final Fixture world = new Fixture();
    private final Detention detention = new Detention(world.population, Fixture.inflow(1000), Fixture.preparation(0.15, 0.1),
            world.streams, world.releases, world.preparations, world.observer);

    private void admitMany(int count) {
        for (int i = 0; i < count; i++) detention.admit(world.population.add(30, 0, 0), 0);
    }

    @Test void detentionTypesFollowTheirShares() {
        admitMany(40_000);
        for (DetentionType type : DetentionType.values()) {
            long n = world.events(Detained.class).stream().filter(d -> d.type() == type).count();
            double expected = Fixture.inflow(1).stays().get(type).share();
            double se = Math.sqrt(expected * (1 - expected) / 40_000);
            assertEquals(expected, n / 40_000.0, 4 * se, type.key());
        }
    }

    @Test void medianStayOfEachTypeIsItsParameter() {
        admitMany(40_000);
        for (DetentionType type : DetentionType.values()) {
            int[] stays = world.events(Detained.class).stream().filter(d -> d.type() == type)
                    .mapToInt(Detained::plannedStayDays).sorted().toArray();
            double median = stays[stays.length / 2];
            double expected = Fixture.inflow(1).stays().get(type).medianStayDays();
            assertEquals(expected, median, expected * 0.06 + 1, type.key());
        }
    }

    @Test void everyStayLastsAtLeastOneDay() {
        admitMany(5_000);
        assertTrue(world.events(Detained.class).stream().allMatch(d -> d.plannedStayDays() >= 1));
    }

    @Test void missingIdIsQueuedForPreparationOnlyWhenTheStayOutlastsTheCardProcessing() {
        admitMany(5_000);
        int queued = 0;
        for (int day = 0; day < 100; day++) {
            int[] ids = world.preparations.take(day);
            for (int i = 0; i < world.preparations.size(day); i++) {
                Person person = world.population.get(ids[i]);
                assertFalse(person.hasValidId());
                assertTrue(person.releaseDay() > day, "queued although released before the card is ready");
                queued++;
            }
        }
        assertTrue(queued > 0);
    }

    @Test void aPersonsStayDoesNotDependOnTheOrderPeopleAreAdmittedIn() {
        Fixture other = new Fixture();
        Detention otherDetention = new Detention(other.population, Fixture.inflow(1000), Fixture.preparation(0.15, 0.1),
                other.streams, other.releases, other.preparations, other.observer);
        admitMany(10);
        for (int i = 0; i < 10; i++) other.population.add(30, 0, 0);
        for (int id = 9; id >= 0; id--) otherDetention.admit(other.population.get(id), 0);
        int[] here = new int[10];
        int[] there = new int[10];
        world.events(Detained.class).forEach(d -> here[d.personId()] = d.plannedStayDays());
        other.events(Detained.class).forEach(d -> there[d.personId()] = d.plannedStayDays());
        assertTrue(Arrays.equals(here, there));
    }
}
