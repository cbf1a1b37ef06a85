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

    /**
     * The WODC monitor's "before" counts back from the start of the detention, not from the release: however long the
     * stay, both before moments are what the person brought in, taken on the day of admission and never in detention.
     */
    @Test void bothBeforeMomentsAreTheConditionsBroughtInOnTheDayOfAdmissionWhateverTheStay() {
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
        for (int day = admitted; day < admitted + 400; day++) stopsOnAdmission.mechanisms.monitor().onDay(day);
        List<ConditionSnapshot> before = stopsOnAdmission.events(ConditionSnapshot.class).stream()
                .filter(s -> s.moment().isBeforeDetention()).toList();
        assertEquals(2 * n, before.size(), "six and one month before, for every admission");
        for (ConditionSnapshot s : before) {
            assertEquals(admitted, s.day(), s.moment() + " of person " + s.personId());
            assertEquals(broughtIn[s.personId()], s.conditions().income());
        }
        assertTrue(before.stream().anyMatch(s -> s.stayDays() > 182), "some stays last longer than six months");
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
                .map(ConditionSnapshot::moment).filter(m -> !m.isBeforeDetention()).toList();
        assertEquals(List.of(Moment.AT_RELEASE, Moment.ONE_MONTH_AFTER, Moment.SIX_MONTHS_AFTER, Moment.ONE_YEAR_AFTER,
                Moment.TWO_YEARS_AFTER), after);
    }
}
