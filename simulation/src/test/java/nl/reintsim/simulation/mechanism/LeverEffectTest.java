package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.SupportStarted;
import nl.reintsim.simulation.parameters.BySizeClass;
import nl.reintsim.simulation.policy.CaseManagerCapacity;
import nl.reintsim.simulation.policy.HousingSupply;
import nl.reintsim.simulation.policy.InformationSharing;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.policy.Levers;
import nl.reintsim.simulation.policy.RegionalCoordination;
import nl.reintsim.simulation.policy.RentContinuation;
import nl.reintsim.simulation.policy.RioAllocation;
import nl.reintsim.simulation.policy.RioExpansion;
import nl.reintsim.simulation.policy.StatutoryDuty;
import nl.reintsim.simulation.time.SimCalendar;
import org.junit.jupiter.api.Test;

/** Each lever changes the mechanism it should, and only from its start date. */
class LeverEffectTest {
    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private final SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 1, 1), 1, 12);
    private final int leverDay = calendar.day(FROM);

    private Fixture with(Levers levers, Fixture.Place... places) {
        if (places.length == 0) places = new Fixture.Place[] {new Fixture.Place(SizeClass.G4, true, false, 1000, 0)};
        return new Fixture(TestWorld.shippedParameters(), new LeverSchedule(levers, calendar), places);
    }

    @Test void moreCaseManagersLowerTheLoadFromTheirDate() {
        var cm = TestWorld.shippedParameters().caseManagers();
        Fixture world = with(new Levers(null, new CaseManagerCapacity(FROM, 2 * cm.fte(), cm.caseloadNormPerFte()), null, null, null, null, null, null, null));
        for (int i = 0; i < 1000; i++) world.detained(30, 0, 5000, true);
        double before = world.mechanisms.intake().load(leverDay - 1);
        assertEquals(before / 2, world.mechanisms.intake().load(leverDay), 1e-12);
    }

    @Test void sharingEveryPlanNotifiesEveryMunicipalityAfterIntakeFromItsDate() {
        Fixture world = with(new Levers(null, null, new InformationSharing(FROM, 1.0, 1.0), null, null, null, null, null, null));
        int[] notified = new int[2];
        for (int period = 0; period < 2; period++) {
            int day = period == 0 ? leverDay - 150 : leverDay;
            for (int i = 0; i < 400; i++) {
                Person person = world.detained(30, 0, day + 300, true);
                person.detain(day, DetentionType.SHORT_SENTENCE, day + 300, false, false);
                world.mechanisms.intake().onAdmission(person, day);
            }
            for (int d = day; d < day + 120; d++) {
                world.mechanisms.intake().onDay(d);
                world.mechanisms.coordination().onDay(d);
            }
        }
        for (int id = 0; id < world.population.size(); id++) {
            Person p = world.population.get(id);
            if (p.intakeDay() >= 0 && p.isMunicipalityNotified()) notified[p.detentionStartDay() >= leverDay ? 1 : 0]++;
        }
        int afterIntakes = 0;
        for (int id = 0; id < world.population.size(); id++) {
            Person p = world.population.get(id);
            if (p.detentionStartDay() >= leverDay && p.intakeDay() >= 0) afterIntakes++;
        }
        assertEquals(afterIntakes, notified[1], "every plan after the lever's date reaches the municipality");
        assertTrue(notified[0] < 400 * TestWorld.shippedParameters().caseManagers().probabilityPlanShared() + 60,
                "before the date the baseline sharing probability applies");
    }

    @Test void rentContinuationForAllKeepsShortStayHomesOnlyFromItsDate() {
        Fixture world = with(new Levers(null, null, null, new RentContinuation(FROM, 1.0), null, null, null, null, null),
                new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        var municipality = world.world.municipality(0);
        assertFalse(municipality.continuesRent());
        assertFalse(world.mechanisms.damage().continuesRent(municipality, leverDay - 1));
        assertTrue(world.mechanisms.damage().continuesRent(municipality, leverDay));
    }

    @Test void aRentShareBelowAMunicipalitysOwnDrawChangesNothingForIt() {
        Fixture world = with(new Levers(null, null, null, new RentContinuation(FROM, 0.5), null, null, null, null, null),
                new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        // the fixture's non-continuing municipality drew 0.99
        assertFalse(world.mechanisms.damage().continuesRent(world.world.municipality(0), leverDay));
        Person person = world.detained(30, 0, leverDay + 30, true);
        person.setEntryConditions(true, Housing.OWN, Income.NONE, Person.NO_WORK_START, false, false, false, false);
        assertEquals(Housing.OWN, person.housing());
    }

    @Test void regionalCoordinationOrganisesSmallMunicipalitiesFromItsDate() {
        Fixture world = with(new Levers(null, null, null, null, null, new RegionalCoordination(FROM, 50_000, 1.0), null, null, null),
                new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        Person person = world.detained(30, 0, leverDay + 300, true, 0);
        MunicipalCoordination coordination = world.mechanisms.coordination();
        double before = coordination.probabilityContact(person, leverDay - 1);
        double after = coordination.probabilityContact(person, leverDay);
        var m = world.parameters.municipalities();
        // before: unorganised and without know-how; after: organised, and the point keeps the know-how
        assertEquals(m.probabilityContact() * m.contactRatioUnorganised() * m.contactRatioKnowledgeLost(), before, 1e-12);
        assertEquals(m.probabilityContact(), after, 1e-12);
    }

    @Test void regionalCoordinationLeavesLargerMunicipalitiesAlone() {
        Fixture world = with(new Levers(null, null, null, null, null, new RegionalCoordination(FROM, 50_000, 1.0), null, null, null),
                new Fixture.Place(SizeClass.G4, false, false, 10, 0));
        Person person = world.detained(30, 0, leverDay + 300, true, 0);
        MunicipalCoordination coordination = world.mechanisms.coordination();
        assertEquals(coordination.probabilityContact(person, leverDay - 1), coordination.probabilityContact(person, leverDay), 1e-12);
    }

    private static StatutoryDuty duty(double compliance, double extraHours) {
        return new StatutoryDuty(FROM, BySizeClass.all(compliance), extraHours, true);
    }

    @Test void aComplyingMunicipalityContactsEveryoneItIsToldOfFromTheDutysDate() {
        Fixture world = with(new Levers(null, null, null, null, null, null, duty(1.0, 0), null, null),
                new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        Person person = world.detained(30, 0, leverDay + 300, true, 0);
        person.detain(0, DetentionType.SHORT_SENTENCE, leverDay + 300, true, false);   // held outside the region
        MunicipalCoordination coordination = world.mechanisms.coordination();
        assertTrue(coordination.probabilityContact(person, leverDay - 1) < world.parameters.municipalities().probabilityContact());
        assertEquals(world.parameters.municipalities().probabilityContact(), coordination.probabilityContact(person, leverDay), 1e-12);
    }

    @Test void aDutyNobodyCompliesWithChangesNothing() {
        Fixture world = with(new Levers(null, null, null, null, null, null, duty(0.0, 0), null, null),
                new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        Person person = world.detained(30, 0, leverDay + 300, true, 0);
        MunicipalCoordination coordination = world.mechanisms.coordination();
        assertEquals(coordination.probabilityContact(person, leverDay - 1), coordination.probabilityContact(person, leverDay), 1e-12);
    }

    @Test void aFundedDutyAddsCoordinatorsOnItsFirstDayAndTakesOnTheWaiting() {
        Fixture world = with(new Levers(null, null, null, null, null, null, duty(1.0, 30), null, null),
                new Fixture.Place(SizeClass.G4, true, true, 1, 0));
        MunicipalCoordination coordination = world.mechanisms.coordination();
        // released within caseDaysBeforeRelease of contact: the cases want a coordinator at once
        Person first = world.detained(30, 0, leverDay + 60, true, 0);
        Person second = world.detained(30, 0, leverDay + 60, true, 0);
        coordination.contactNow(first, leverDay - 10);
        coordination.contactNow(second, leverDay - 9);
        assertFalse(second.hasMunicipalCase(leverDay - 1));
        coordination.onDay(leverDay);
        int expected = 1 + (int) Math.floor(30 * 500_000 / 10_000.0 / world.parameters.municipalities().hoursPerCasePerWeek());
        assertEquals(expected, world.world.municipality(0).coordinators().slots());
        assertTrue(second.hasMunicipalCase(leverDay));
    }

    @Test void anUnfundedDutyAddsNoCoordinators() {
        Fixture world = with(new Levers(null, null, null, null, null, null, duty(1.0, 0), null, null),
                new Fixture.Place(SizeClass.G4, true, true, 3, 0));
        world.mechanisms.coordination().onDay(leverDay);
        assertEquals(3, world.world.municipality(0).coordinators().slots());
    }

    @Test void withoutAFixedContactPersonAComplyingMunicipalityStillLosesItsKnowHow() {
        Fixture.Place small = new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0);
        Fixture withContact = with(new Levers(null, null, null, null, null, null, duty(1.0, 0), null, null), small);
        Fixture without = with(new Levers(null, null, null, null, null, null,
                new StatutoryDuty(FROM, BySizeClass.all(1.0), 0, false), null, null), small);
        double full = withContact.mechanisms.coordination().probabilityContact(withContact.detained(30, 0, leverDay + 300, true, 0), leverDay);
        double lost = without.mechanisms.coordination().probabilityContact(without.detained(30, 0, leverDay + 300, true, 0), leverDay);
        assertEquals(full * without.parameters.municipalities().contactRatioKnowledgeLost(), lost, 1e-12);
    }

    private static RioExpansion rio(double fte, double minimumAge, double maximumAge, RioAllocation allocation) {
        return new RioExpansion(FROM, fte, 10, minimumAge, maximumAge, allocation);
    }

    @Test void theRioLeverReallocatesPlacesOnItsFirstDayAndTakesOnTheWaiting() {
        Fixture world = with(new Levers(null, null, null, null, null, null, null, rio(1, 18, 35, RioAllocation.ALL_MUNICIPALITIES), null),
                new Fixture.Place(SizeClass.G4, true, false, 10, 1), new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        Support support = world.mechanisms.support();
        Person first = world.detained(25, 0, leverDay + 300, true, 0);
        Person second = world.detained(25, 0, leverDay + 300, true, 0);
        support.onAdmission(first, leverDay - 5);
        support.onAdmission(second, leverDay - 4);
        assertTrue(first.hasRio(leverDay - 1));
        assertFalse(second.hasRio(leverDay - 1), "one place before the lever");
        support.onDay(leverDay);
        assertEquals(10, world.world.municipality(0).rioPlaces().slots() + world.world.municipality(1).rioPlaces().slots());
        assertTrue(world.world.municipality(1).rioPlaces().slots() >= 1, "every municipality has a place");
        assertTrue(second.hasRio(leverDay), "the waiting is taken on");
        assertEquals(4, world.events(SupportStarted.class).get(1).waitedDays());
    }

    @Test void theRioLeversAgeRangeDecidesWhoIsEligibleFromItsDate() {
        Fixture world = with(new Levers(null, null, null, null, null, null, null, rio(2, 18, 45, RioAllocation.LARGEST_PROBLEMS_FIRST), null),
                new Fixture.Place(SizeClass.G4, true, false, 10, 5));
        Person forty = world.detained(40, 0, leverDay + 300, true, 0);
        Support support = world.mechanisms.support();
        assertFalse(support.isEligibleForRio(forty, leverDay - 1));
        assertTrue(support.isEligibleForRio(forty, leverDay));
    }

    @Test void housingPriorityShortensTheWaitAfterALongStayOnly() {
        HousingSupply housing = new HousingSupply(FROM, 91, 0.5, 0, 0);
        Fixture world = with(new Levers(null, null, null, null, null, null, null, null, housing));
        ConditionChange conditions = world.mechanisms.conditions();
        Person longStay = world.detained(30, 0, leverDay + 200, true, 0);
        Person shortStay = world.detained(30, 0, leverDay + 200, true, 0);
        shortStay.detain(leverDay + 150, DetentionType.SHORT_SENTENCE, leverDay + 200, false, false);
        for (Person p : new Person[] {longStay, shortStay}) {
            p.setHousing(Housing.NONE);
            p.release(leverDay + 200);
        }
        double shortMean = conditions.meanDays(shortStay, ConditionKind.FIND_HOUSING, leverDay + 210);
        double longMean = conditions.meanDays(longStay, ConditionKind.FIND_HOUSING, leverDay + 210);
        assertEquals(0.5, longMean / shortMean, 1e-12);
    }

    @Test void extraShelterBedsGoToTheWaitingOnTheLeversFirstDay() {
        HousingSupply housing = new HousingSupply(FROM, 91, 1, 0.2, 0);   // 2 beds for 100,000 inhabitants
        Fixture world = new Fixture(TestWorld.shippedParameters(), new LeverSchedule(
                new Levers(null, null, null, null, null, null, null, null, housing), calendar), Fixture.housingPlaces(1, 1, 1),
                new Fixture.Place(SizeClass.G4, true, false, 10, 0));
        Accommodation accommodation = world.mechanisms.accommodation();
        Person[] homeless = new Person[3];
        for (int i = 0; i < 3; i++) {
            homeless[i] = world.detained(30, 0, 10, true, 0);
            homeless[i].setHousing(Housing.NONE);
            homeless[i].release(10);
            accommodation.move(homeless[i], Housing.SHELTER, 20 + i);
        }
        assertEquals(Housing.NONE, homeless[2].housing());
        accommodation.onDay(leverDay);
        assertEquals(3, world.world.housingPlaces().places(Housing.SHELTER, 0).slots());
        for (Person p : homeless) assertEquals(Housing.SHELTER, p.housing());
    }

    @Test void extraSupportedHousingGoesToTheWaitingOnTheLeversFirstDay() {
        HousingSupply housing = new HousingSupply(FROM, 91, 1, 0, 0.2);   // 2 places for 100,000 inhabitants
        Fixture world = new Fixture(TestWorld.shippedParameters(), new LeverSchedule(
                new Levers(null, null, null, null, null, null, null, null, housing), calendar), Fixture.housingPlaces(1, 1, 1),
                new Fixture.Place(SizeClass.G4, true, false, 10, 0));
        Accommodation accommodation = world.mechanisms.accommodation();
        Person[] waiting = new Person[3];
        for (int i = 0; i < 3; i++) {
            waiting[i] = world.detained(30, 0, 10, true, 0);
            waiting[i].setHousing(Housing.NONE);
            waiting[i].release(10);
            accommodation.move(waiting[i], Housing.INSTITUTION, 20 + i);
        }
        assertEquals(Housing.INSTITUTION, waiting[2].awaitingPlace());
        accommodation.onDay(leverDay);
        assertEquals(3, world.world.housingPlaces().places(Housing.INSTITUTION, 0).slots());
        for (Person p : waiting) assertEquals(Housing.INSTITUTION, p.housing());
    }
}
