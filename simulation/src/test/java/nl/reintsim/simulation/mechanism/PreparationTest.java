package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.policy.IdInDetention;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.policy.Levers;
import nl.reintsim.simulation.time.SimCalendar;
import org.junit.jupiter.api.Test;

class PreparationTest {
    private final Fixture world = new Fixture();
    private final SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 1, 1), 1, 5);
    private final int leverDay = calendar.day(LocalDate.of(2026, 7, 1));
    private final LeverSchedule idLever = new LeverSchedule(
            new Levers(new IdInDetention(LocalDate.of(2026, 7, 1), 1.0)), calendar);

    @Test void idLeverActsOnlyFromItsStartDate() {
        Preparation preparation = new Preparation(world.population, Fixture.preparation(0.15, 0.0), idLever, world.streams, world.preparations);
        Person before = world.detained(30, 0, leverDay + 100, false);
        Person after = world.detained(30, 0, leverDay + 100, false);
        world.preparations.add(leverDay - 1, before.id());
        world.preparations.add(leverDay, after.id());
        preparation.onDay(leverDay - 1);
        preparation.onDay(leverDay);
        assertFalse(before.hasValidId(), "arranged before the lever started");
        assertTrue(after.hasValidId(), "not arranged although the lever guarantees it");
    }

    @Test void withoutTheLeverIdIsArrangedWithTheBaselineProbability() {
        Preparation preparation = new Preparation(world.population, Fixture.preparation(0.15, 0.1),
                LeverSchedule.none(calendar), world.streams, world.preparations);
        int n = 20_000;
        for (int i = 0; i < n; i++) world.preparations.add(20, world.detained(30, 0, 100, false).id());
        preparation.onDay(20);
        long arranged = 0;
        for (int id = 0; id < n; id++) if (world.population.get(id).hasValidId()) arranged++;
        assertEquals(0.1, arranged / (double) n, 4 * Math.sqrt(0.09 / n));
    }

    @Test void noIdIsArrangedForSomeoneAlreadyReleased() {
        Preparation preparation = new Preparation(world.population, Fixture.preparation(0.15, 1.0),
                LeverSchedule.none(calendar), world.streams, world.preparations);
        Person person = world.detained(30, 0, 10, false);
        person.release(10);
        world.preparations.add(14, person.id());
        preparation.onDay(14);
        assertFalse(person.hasValidId());
    }
}
