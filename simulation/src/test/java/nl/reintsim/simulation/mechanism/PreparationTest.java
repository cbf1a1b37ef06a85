package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.ConditionChanged;
import nl.reintsim.simulation.parameters.PreparationParameters;
import nl.reintsim.simulation.policy.IdInDetention;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.policy.Levers;
import org.junit.jupiter.api.Test;

class PreparationTest {
    private final Fixture world = new Fixture();
    private final int leverDay = world.calendar.day(LocalDate.of(2026, 7, 1));
    private final DayQueue due = new DayQueue(Fixture.DAYS);

    private Preparation preparation(double baseline, LeverSchedule levers) {
        return new Preparation(world.population, new PreparationParameters(baseline, 14), levers, world.streams, due, world.observer);
    }

    /** Someone admitted 14 days before {@code day}, so their ID card would be ready on it. */
    private Person admittedForCard(int day) {
        Person person = world.population.add(30, day - 14, 0);
        person.setEntryConditions(false, Housing.OWN, Income.NONE,
                Person.NO_WORK_START, false, false, false, false);
        person.detain(day - 14, DetentionType.SHORT_SENTENCE, day + 100, false, false);
        due.add(day, person.id());
        return person;
    }

    @Test void idLeverActsOnlyFromItsStartDate() {
        LeverSchedule lever = new LeverSchedule(Levers.of(new IdInDetention(LocalDate.of(2026, 7, 1), 1.0)), world.calendar);
        Preparation preparation = preparation(0.0, lever);
        Person before = admittedForCard(leverDay - 1);
        Person after = admittedForCard(leverDay);
        preparation.onDay(leverDay - 1);
        preparation.onDay(leverDay);
        assertFalse(before.hasValidId(), "arranged before the lever started");
        assertTrue(after.hasValidId(), "not arranged although the lever guarantees it");
    }

    @Test void withoutTheLeverIdIsArrangedWithTheBaselineProbability() {
        Preparation preparation = preparation(0.1, LeverSchedule.none(world.calendar));
        int n = 20_000;
        for (int i = 0; i < n; i++) admittedForCard(200);
        preparation.onDay(200);
        long arranged = 0;
        for (int id = 0; id < n; id++) if (world.population.get(id).hasValidId()) arranged++;
        assertEquals(0.1, arranged / (double) n, 4 * Math.sqrt(0.09 / n));
    }

    @Test void noIdIsArrangedForSomeoneAlreadyReleased() {
        Preparation preparation = preparation(1.0, LeverSchedule.none(world.calendar));
        Person person = admittedForCard(200);
        person.release(190);
        preparation.onDay(200);
        assertFalse(person.hasValidId());
    }

    @Test void theShippedBaselineArrangesLittle() {
        assertTrue(TestWorld.shippedParameters().preparation().probabilityIdArrangedInDetention() <= 0.3);
    }

    @Test void anIdCardArrangedInDetentionIsRecordedAndCanRunOutLikeAnyOther() {
        LeverSchedule lever = new LeverSchedule(Levers.of(new IdInDetention(LocalDate.of(2026, 7, 1), 1.0)), world.calendar);
        Fixture sure = new Fixture(world.parameters, lever, new Fixture.Place(SizeClass.G4, true, true, 10, 0));
        int admitted = leverDay - 14;
        Person person = sure.population.add(30, admitted, 0);
        person.setOrigin(0);
        person.setEntryConditions(false, Housing.OWN, Income.NONE,
                Person.NO_WORK_START, false, false, false, false);
        person.detain(admitted, DetentionType.SHORT_SENTENCE, leverDay + 100, false, false);
        sure.population.detentionStarted();
        sure.mechanisms.preparation().onAdmission(person, admitted);
        for (int day = admitted; day <= leverDay; day++) sure.mechanisms.preparation().onDay(day);
        assertTrue(person.hasValidId());
        assertTrue(sure.events.contains(new ConditionChanged(leverDay, person.id(), ConditionKind.ARRANGE_ID, -1, true)));
        assertTrue(person.conditionDue(ConditionKind.LOSE_ID) > leverDay, "the new card's expiry is timed");
    }
}
