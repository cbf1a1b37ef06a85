package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.ConditionSnapshot;
import nl.reintsim.simulation.observation.ConditionSnapshot.Moment;
import org.junit.jupiter.api.Test;

class MonitorTest {
    private final Fixture world = new Fixture();

    @Test void aBeforeMomentThatFallsBeforeTheDetentionSeesTheConditionsBroughtIn() {
        // benefits stop on the day of admission, so that damage on that day can show in what the snapshot must not see
        Fixture stopsOnAdmission = new Fixture(Fixture.withBenefitStopDays(0), new Fixture.Place(SizeClass.G4, true, true, 1000, 100));
        int admitted = stopsOnAdmission.calendar.measurementStartDay() + 100;
        int n = 200;
        Income[] broughtIn = new Income[n];
        for (int i = 0; i < n; i++) {
            Person person = stopsOnAdmission.population.add(30, admitted, 0);
            stopsOnAdmission.mechanisms.detention().admit(person, admitted);
            broughtIn[i] = person.income();
        }
        stopsOnAdmission.mechanisms.damage().onDay(admitted);
        stopsOnAdmission.mechanisms.monitor().onDay(admitted);
        List<ConditionSnapshot> atAdmission = stopsOnAdmission.events(ConditionSnapshot.class).stream()
                .filter(s -> s.day() == admitted && s.moment().daysFromRelease() < 0).toList();
        assertTrue(atAdmission.size() >= n / 2, "most short stays have their before-moments before admission");
        for (ConditionSnapshot s : atAdmission) assertEquals(broughtIn[s.personId()], s.conditions().income());
        long changedSince = java.util.stream.IntStream.range(0, n)
                .filter(i -> stopsOnAdmission.population.get(i).income() != broughtIn[i]).count();
        assertTrue(changedSince > 0, "detention damage should have stopped some benefit on the day of admission");
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
