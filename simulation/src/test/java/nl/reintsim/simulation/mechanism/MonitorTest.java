package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.ConditionSnapshot;
import nl.reintsim.simulation.observation.ConditionSnapshot.Moment;
import org.junit.jupiter.api.Test;

class MonitorTest {
    private final Fixture world = new Fixture();

    @Test void aBeforeMomentThatFallsBeforeTheDetentionSeesTheConditionsBroughtIn() {
        int admitted = world.calendar.measurementStartDay() + 100;
        for (int i = 0; i < 20; i++) {
            Person person = world.population.add(30, admitted, 0);
            person.setOrigin(1);
            person.setEntryConditions(true, Housing.OWN, Income.BENEFIT, Person.NO_WORK_START, false, false, false, false);
            world.mechanisms.detention().admit(person, admitted);
        }
        // the small municipality of the fixture does not freeze benefits: damage stops them on the day of admission
        world.mechanisms.damage().onDay(admitted);
        world.mechanisms.monitor().onDay(admitted);
        List<ConditionSnapshot> atAdmission = world.events(ConditionSnapshot.class).stream()
                .filter(s -> s.day() == admitted && s.moment().daysFromRelease() < 0).toList();
        assertTrue(atAdmission.size() >= 10, "most short stays have their before-moments before admission");
        assertTrue(atAdmission.stream().allMatch(s -> s.conditions().income() == Income.BENEFIT));
        assertEquals(Income.NONE, world.population.get(0).income());
    }

    @Test void afterReleaseEveryMonitorMomentIsObservedOnItsDay() {
        int admitted = world.calendar.measurementStartDay();
        Person person = world.population.add(30, admitted, 0);
        world.mechanisms.detention().admit(person, admitted);
        int release = person.releaseDay();
        world.mechanisms.release().onDay(release);
        for (int day = release; day <= release + 730; day++) world.mechanisms.monitor().onDay(day);
        List<Moment> after = world.events(ConditionSnapshot.class).stream().filter(s -> s.releaseDay() == release)
                .map(ConditionSnapshot::moment).filter(m -> m.daysFromRelease() >= 0).toList();
        assertEquals(List.of(Moment.AT_RELEASE, Moment.ONE_MONTH_AFTER, Moment.SIX_MONTHS_AFTER, Moment.ONE_YEAR_AFTER,
                Moment.TWO_YEARS_AFTER), after);
    }
}
