package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.capacity.Capacity;
import nl.reintsim.simulation.engine.ReintegrationSimulation;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.SupportStarted;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.policy.Levers;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.time.SimCalendar;
import org.junit.jupiter.api.Test;

/** Shelter beds and supported-housing places are finite: who finds them full waits, first come first served. */
class AccommodationTest {
    private final Fixture world = new Fixture(TestWorld.shippedParameters(),
            LeverSchedule.none(new SimCalendar(LocalDate.of(2026, 1, 1), 1, 12)), Fixture.housingPlaces(1, 1, 1),
            new Fixture.Place(SizeClass.G4, true, true, 10, 0));
    private final Accommodation accommodation = world.mechanisms.accommodation();
    private final Capacity beds = world.world.housingPlaces().places(Housing.SHELTER, 0);
    private final Capacity supported = world.world.housingPlaces().places(Housing.INSTITUTION, 0);

    private Person homelessAfterRelease() {
        Person person = world.detained(30, 0, 10, true, 0);
        person.setHousing(Housing.NONE);
        person.release(10);
        return person;
    }

    @Test void whoFindsTheShelterFullWaitsAndGetsTheNextFreeBed() {
        Person first = homelessAfterRelease();
        Person second = homelessAfterRelease();
        assertTrue(accommodation.move(first, Housing.SHELTER, 20));
        assertFalse(accommodation.move(second, Housing.SHELTER, 25));
        assertEquals(Housing.NONE, second.housing());
        assertEquals(Housing.SHELTER, second.awaitingPlace());

        accommodation.move(first, Housing.OWN, 60);
        assertEquals(Housing.SHELTER, second.housing());
        assertNull(second.awaitingPlace());
        assertEquals(1, beds.occupied());
        SupportStarted taken = world.events(SupportStarted.class).get(1);
        assertEquals(SupportStarted.Kind.SHELTER_BED, taken.kind());
        assertEquals(35, taken.waitedDays());
    }

    @Test void aNewDetentionGivesUpTheShelterBedToTheNextInLine() {
        Person first = homelessAfterRelease();
        Person second = homelessAfterRelease();
        accommodation.move(first, Housing.SHELTER, 20);
        accommodation.move(second, Housing.SHELTER, 21);
        first.detain(30, DetentionType.PRE_TRIAL, 60, false, false);
        accommodation.onAdmission(first, 30);
        assertEquals(Housing.NONE, first.housing());
        assertEquals(Housing.SHELTER, second.housing());
        assertEquals(1, beds.occupied());
    }

    @Test void someoneWhoGaveUpWaitingIsPassedOver() {
        Person first = homelessAfterRelease();
        Person quitter = homelessAfterRelease();
        Person patient = homelessAfterRelease();
        accommodation.move(first, Housing.SHELTER, 20);
        accommodation.move(quitter, Housing.SHELTER, 21);
        accommodation.move(patient, Housing.SHELTER, 22);
        accommodation.giveUpWaiting(quitter);
        accommodation.move(first, Housing.NONE, 40);
        assertEquals(Housing.NONE, quitter.housing());
        assertEquals(Housing.SHELTER, patient.housing());
        assertEquals(0, beds.waiting());
    }

    @Test void waitingForSupportedHousingOneMayStayInAShelterMeanwhile() {
        Person occupant = homelessAfterRelease();
        Person person = homelessAfterRelease();
        accommodation.move(occupant, Housing.INSTITUTION, 15);
        assertFalse(accommodation.move(person, Housing.INSTITUTION, 20));
        assertTrue(accommodation.move(person, Housing.SHELTER, 21));
        assertEquals(Housing.INSTITUTION, person.awaitingPlace(), "still in the supported-housing queue");

        accommodation.move(occupant, Housing.OWN, 100);
        assertEquals(Housing.INSTITUTION, person.housing());
        assertEquals(0, beds.occupied(), "the shelter bed was given back");
        assertEquals(1, supported.occupied());
    }

    @Test void aHomeFoundElsewhereEndsTheWait() {
        Person occupant = homelessAfterRelease();
        Person person = homelessAfterRelease();
        accommodation.move(occupant, Housing.INSTITUTION, 15);
        accommodation.move(person, Housing.INSTITUTION, 20);
        accommodation.move(person, Housing.WITH_OTHERS, 30);
        assertNull(person.awaitingPlace());
        assertEquals(0, supported.waiting());
    }

    @Test void inAWholeRunEveryTakenPlaceBelongsToExactlyOnePersonLivingThere() {
        var tight = TestWorld.shippedInputs(2);
        var simulation = new ReintegrationSimulation(TestWorld.scenario("t", 2,
                Levers.none()), tight,
                RandomStreams.forReplication(7, 0), event -> { });
        simulation.runToEnd();
        var places = simulation.world().housingPlaces();
        int[][] holders = new int[2][places.regions()];
        int waitingForShelter = 0;
        for (int id = 0; id < simulation.population().size(); id++) {
            Person p = simulation.population().get(id);
            if (p.placeRegion() >= 0) {
                assertTrue(p.housing() == Housing.SHELTER || p.housing() == Housing.INSTITUTION, "a place holder lives there");
                holders[p.housing() == Housing.SHELTER ? 0 : 1][p.placeRegion()]++;
            }
            if (p.awaitingPlace() == Housing.SHELTER) waitingForShelter++;
        }
        int shelterTotal = 0;
        for (int r = 0; r < places.regions(); r++) {
            assertEquals(places.places(Housing.SHELTER, r).occupied(), holders[0][r], "shelter beds of region " + r);
            assertEquals(places.places(Housing.INSTITUTION, r).occupied(), holders[1][r], "supported housing of region " + r);
            assertTrue(holders[0][r] <= places.places(Housing.SHELTER, r).slots());
            shelterTotal += holders[0][r];
        }
        assertTrue(shelterTotal > 0, "people used the shelter");
        assertEquals(places.waiting(Housing.SHELTER), waitingForShelter, "every live shelter request is a person waiting");
    }

    @Test void aNewDetentionTakesThePersonOutOfTheQueueForABed() {
        Person first = homelessAfterRelease();
        Person second = homelessAfterRelease();
        accommodation.move(first, Housing.SHELTER, 20);
        accommodation.move(second, Housing.SHELTER, 21);
        second.detain(30, DetentionType.PRE_TRIAL, 60, false, false);
        accommodation.onAdmission(second, 30);
        assertNull(second.awaitingPlace());
        assertEquals(0, beds.waiting());
        accommodation.move(first, Housing.NONE, 40);
        assertEquals(Housing.NONE, second.housing(), "nobody in detention is given a bed");
    }

    @Test void aBedHandedOverFromTheQueueReTimesTheNewOccupantsConditionsAndNextOffence() {
        Person first = homelessAfterRelease();
        Person second = homelessAfterRelease();
        world.mechanisms.recidivism().startRisk(second, 10);
        accommodation.move(first, Housing.SHELTER, 20);
        accommodation.move(second, Housing.SHELTER, 25);
        accommodation.move(first, Housing.OWN, 60);
        assertEquals(Housing.SHELTER, second.housing());
        assertTrue(second.conditionDue(ConditionKind.LEAVE_SHELTER) > 60, "the stay's end is timed");
        assertEquals(60, second.hazardFromDay(), "and the next offence re-timed for life in a shelter");
    }

    @Test void whoGaveUpOnAShelterBedAsksAgainAfterHavingHadAHome() {
        Person first = homelessAfterRelease();
        Person quitter = homelessAfterRelease();
        accommodation.move(first, Housing.SHELTER, 20);
        accommodation.move(quitter, Housing.SHELTER, 21);
        accommodation.giveUpWaiting(quitter);
        assertTrue(quitter.hasGivenUpOnShelter());
        accommodation.move(quitter, Housing.WITH_OTHERS, 40);
        assertFalse(quitter.hasGivenUpOnShelter(), "a home of any kind ends giving up");
    }
}
