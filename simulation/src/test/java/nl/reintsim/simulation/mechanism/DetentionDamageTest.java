package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.mechanism.Fixture.Place;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import org.junit.jupiter.api.Test;

class DetentionDamageTest {
    /** Share of {@code n} tenants in municipality 0 who still have their home at release after {@code stay} days. */
    private static double shareKeepingHome(Fixture world, int n, int stay) {
        for (int i = 0; i < n; i++) {
            Person person = world.population.add(30, 0, 0);
            person.setOrigin(0);
            person.setEntryConditions(true, Housing.OWN, Income.NONE, Person.NO_WORK_START, false, false, false, false);
            person.detain(0, DetentionType.SHORT_SENTENCE, stay, false, false);
            world.mechanisms.damage().onAdmission(person, 0);
        }
        for (int day = 0; day < stay; day++) world.mechanisms.damage().onDay(day);
        int kept = 0;
        for (int id = 0; id < n; id++) if (world.population.get(id).housing() == Housing.OWN) kept++;
        return kept / (double) n;
    }

    @Test void rentContinuationKeepsAShortStaysHome() {
        Fixture continuing = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 10, 0));
        Fixture stopping = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, false, 10, 0));
        assertTrue(shareKeepingHome(continuing, 3000, 80) > 0.999);
        assertTrue(shareKeepingHome(stopping, 3000, 80) < 0.9);
    }

    @Test void longerStaysLoseMoreHomes() {
        Fixture a = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, false, 10, 0));
        Fixture b = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, false, 10, 0));
        assertTrue(shareKeepingHome(a, 3000, 30) > shareKeepingHome(b, 3000, 300));
    }

    @Test void rentContinuationDoesNotCoverLongDetention() {
        Fixture continuing = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 10, 0));
        assertTrue(shareKeepingHome(continuing, 3000, 300) < 0.9);
    }

    /** Whether someone who brought in a benefit still has it at the end of a {@code stay}-day detention. */
    private static boolean benefitKept(Fixture world, int stay) {
        Person person = world.population.add(30, 0, 0);
        person.setOrigin(0);
        person.setEntryConditions(true, Housing.OWN, Income.BENEFIT, Person.NO_WORK_START, false, false, false, false);
        person.detain(0, DetentionType.SHORT_SENTENCE, stay, false, false);
        world.mechanisms.damage().onAdmission(person, 0);
        for (int day = 0; day < stay; day++) world.mechanisms.damage().onDay(day);
        return person.income() == Income.BENEFIT;
    }

    @Test void aBenefitRunsOnForItsStopDaysSoOnlyALongerStayEndsIt() {
        Place notFreezing = new Place(SizeClass.G4, true, false, 10, 0);
        assertTrue(benefitKept(new Fixture(Fixture.withBenefitStopDays(30), notFreezing), 30), "a 30-day stay ends on the day the benefit would stop");
        assertFalse(benefitKept(new Fixture(Fixture.withBenefitStopDays(30), notFreezing), 31));
        assertFalse(benefitKept(new Fixture(Fixture.withBenefitStopDays(0), notFreezing), 2), "with no days, it stops on admission");
    }

    @Test void aBenefitStopsInDetentionUnlessFrozen() {
        Fixture world = new Fixture();
        Person person = world.population.add(30, 0, 0);
        person.setOrigin(0);
        person.setEntryConditions(true, Housing.OWN, Income.BENEFIT, Person.NO_WORK_START, false, false, false, false);
        person.detain(0, DetentionType.SHORT_SENTENCE, 60, false, false);
        world.mechanisms.damage().onAdmission(person, 0);
        for (int day = 0; day < 60; day++) world.mechanisms.damage().onDay(day);
        assertTrue(person.income() == Income.NONE, "the fixture's municipalities do not freeze benefits");
    }
}
