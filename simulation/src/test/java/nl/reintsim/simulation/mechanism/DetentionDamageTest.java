package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.mechanism.Fixture.Place;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.RentContinued;
import org.junit.jupiter.api.Test;

class DetentionDamageTest {
    /** Someone from municipality 0 with this housing and income, admitted on day 0 for {@code stay} days. */
    private static Person admit(Fixture world, Housing housing, Income income, int stay) {
        Person person = world.population.add(30, 0, 0);
        person.setOrigin(0);
        person.setEntryConditions(true, housing, income, Person.NO_WORK_START, false, false, false, false);
        person.detain(0, DetentionType.SHORT_SENTENCE, stay, false, false);
        world.mechanisms.damage().onAdmission(person, 0);
        return person;
    }

    /** Share of {@code n} tenants in municipality 0 who still have their home at release after {@code stay} days. */
    private static double shareKeepingHome(Fixture world, int n, int stay) {
        for (int i = 0; i < n; i++) admit(world, Housing.OWN, Income.NONE, stay);
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
        Person person = admit(world, Housing.OWN, Income.BENEFIT, stay);
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
        assertFalse(benefitKept(new Fixture(), 60), "the fixture's municipalities do not freeze benefits");
    }

    @Test void aFrozenBenefitRunsThroughTheDetention() {
        Place freezing = new Place(SizeClass.G4, true, false, 10, 0, false, true);
        assertTrue(benefitKept(new Fixture(Fixture.withBenefitStopDays(0), freezing), 200));
    }

    @Test void aJobIsLostInDetentionAtItsPace() {
        Fixture world = new Fixture();
        int n = 4000, stay = 365;
        for (int i = 0; i < n; i++) admit(world, Housing.OWN, Income.WORK, stay);
        for (int day = 0; day < stay; day++) world.mechanisms.damage().onDay(day);
        long kept = 0;
        for (int id = 0; id < n; id++) if (world.population.get(id).income() == Income.WORK) kept++;
        // a loss falls on a whole day: kept is a wait of more than stay - 1 days
        double expected = Math.exp(-(stay - 1) / world.parameters.detentionDamage().meanDaysJobKept());
        assertEquals(expected, kept / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n));
    }

    @Test void theMunicipalityIsBilledForTheRentItContinues() {
        Fixture continuing = new Fixture(TestWorld.shippedParameters(), new Place(SizeClass.G4, true, true, 10, 0));
        Fixture stopping = new Fixture(TestWorld.shippedParameters(), new Place(SizeClass.G4, true, false, 10, 0));
        int n = 1000;
        for (int i = 0; i < n; i++) {
            admit(continuing, Housing.OWN, Income.NONE, 30);
            admit(stopping, Housing.OWN, Income.NONE, 30);
        }
        double paidByOthers = continuing.parameters.detentionDamage().probabilityRentPaidByOthers();
        double expected = n * (1 - paidByOthers);
        assertEquals(expected, continuing.events(RentContinued.class).size(), 4 * Math.sqrt(expected * paidByOthers),
                "the rent of every short stay not paid by others");
        assertEquals(0, stopping.events(RentContinued.class).size());
        assertTrue(continuing.events(RentContinued.class).stream().allMatch(r -> r.days() == 30));
    }

    @Test void aHomeLostInDetentionCanBeLookedForAtOnceByASupporter() {
        Fixture world = new Fixture(TestWorld.shippedParameters(), new Place(SizeClass.G4, true, false, 10, 0));
        for (int i = 0; i < 200; i++) {
            Person person = admit(world, Housing.OWN, Income.NONE, 300);
            person.openMunicipalCase(0, Integer.MAX_VALUE / 2);
        }
        for (int day = 0; day < 300; day++) world.mechanisms.damage().onDay(day);
        int lost = 0;
        for (int id = 0; id < 200; id++) {
            Person person = world.population.get(id);
            if (person.housing() != Housing.NONE) continue;
            lost++;
            assertTrue(person.conditionDue(ConditionKind.FIND_HOUSING) >= 0,
                    "the search for a home is timed from the day it was lost");
        }
        assertTrue(lost > 0);
    }
}
