package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.CaseOpened;
import nl.reintsim.simulation.observation.Released;
import org.junit.jupiter.api.Test;

class MunicipalCoordinationTest {
    @Test void aSuddenReleaseBeforeIntakeReachesTheMunicipalityOnlyAfterwardsIfAtAll() {
        Fixture world = new Fixture();
        for (int i = 0; i < 500; i++) {
            Person person = world.population.add(30, 0, 0);
            person.setOrigin(0);
            // a fine paid on day 3: released before any intake could happen
            person.detain(0, DetentionType.SUBSTITUTE_CUSTODY, 3, false, true);
            world.population.detentionStarted();
            world.mechanisms.intake().onAdmission(person, 0);
        }
        for (int day = 0; day <= 3; day++) {
            world.mechanisms.intake().onDay(day);
            world.mechanisms.coordination().onDay(day);
        }
        for (int id = 0; id < 500; id++) {
            Person person = world.population.get(id);
            assertFalse(person.isMunicipalityNotified(), "notified before a sudden release");
        }
    }

    @Test void notifiedOrganisedMunicipalitiesContactMoreThanUnorganisedOnes() {
        Fixture world = new Fixture();
        Person inOrganised = world.detained(30, 0, 200, true, 0);
        Person inUnorganised = world.detained(30, 0, 200, true, 1);
        double organised = world.mechanisms.coordination().probabilityContact(inOrganised, 10);
        double unorganised = world.mechanisms.coordination().probabilityContact(inUnorganised, 10);
        assertTrue(organised > unorganised, organised + " vs " + unorganised);
    }

    @Test void knowHowIsLostWithoutCasesAndRegainedWithOne() {
        Fixture world = new Fixture(TestWorld.shippedParameters(),
                new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        Person first = world.detained(30, 0, 2000, true, 0);
        int retention = (int) world.parameters.municipalities().knowledgeRetentionDays();
        double lost = world.mechanisms.coordination().probabilityContact(first, 10);
        world.world.municipality(0).caseOpened(10);
        double fresh = world.mechanisms.coordination().probabilityContact(first, 11);
        double lostAgain = world.mechanisms.coordination().probabilityContact(first, 12 + retention);
        assertTrue(fresh > lost);
        assertEquals(lost, lostAgain, 1e-12);
    }

    @Test void withAllCoordinatorsBusyPeopleWaitAndAreTakenOnWhenASlotFrees() {
        Fixture world = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 1, 0));
        // released on day 60: within caseDaysBeforeRelease of contact, so the cases are taken up at once
        Person first = world.detained(30, 0, 60, true, 0);
        Person second = world.detained(30, 0, 60, true, 0);
        MunicipalCoordination coordination = world.mechanisms.coordination();
        coordination.contactNow(first, 5);
        coordination.contactNow(second, 6);
        assertTrue(first.hasMunicipalCase(6));
        assertFalse(second.hasMunicipalCase(6));
        assertEquals(1, world.world.municipality(0).coordinators().waiting());
        first.release(60);
        coordination.onRelease(first, 60);
        int closes = first.municipalCaseUntil();
        for (int day = 7; day <= closes; day++) coordination.onDay(day);
        assertTrue(second.hasMunicipalCase(closes));
        CaseOpened opened = world.events(CaseOpened.class).stream().filter(c -> c.personId() == second.id()).findFirst().orElseThrow();
        assertEquals(closes - 6, opened.waitedDays());
        assertTrue(world.world.municipality(0).coordinators().occupied() <= 1);
    }

    @Test void aCaseOpenedInDetentionEndsSomeMonthsAfterRelease() {
        Fixture world = new Fixture();
        Person person = world.detained(30, 0, 60, true, 0);
        world.mechanisms.coordination().contactNow(person, 5);
        assertTrue(person.hasMunicipalCase(5));
        person.release(60);
        world.mechanisms.coordination().onRelease(person, 60);
        assertEquals(60 + (int) world.parameters.municipalities().caseDaysAfterRelease(), person.municipalCaseUntil());
        assertTrue(world.events(Released.class).isEmpty());
    }

    @Test void aSentencesCaseTakesACoordinatorOnlyInTheMonthsBeforeItsKnownRelease() {
        Fixture world = new Fixture();
        int release = 400;
        int takenUp = release - (int) world.parameters.municipalities().caseDaysBeforeRelease();
        Person person = world.detained(30, 0, release, true, 0);   // a short sentence: its release date is known
        MunicipalCoordination coordination = world.mechanisms.coordination();
        coordination.contactNow(person, 5);
        assertFalse(person.hasMunicipalCase(5));
        assertEquals(0, world.world.municipality(0).coordinators().occupied());
        for (int day = 5; day < takenUp; day++) coordination.onDay(day);
        assertFalse(person.hasMunicipalCase(takenUp - 1));
        coordination.onDay(takenUp);
        assertTrue(person.hasMunicipalCase(takenUp));
        CaseOpened opened = world.events(CaseOpened.class).get(0);
        assertEquals(takenUp, opened.day());
        assertFalse(opened.afterRelease());
    }

    @Test void aPreTrialCaseWhoseEndIsUnknownTakesACoordinatorAtContact() {
        Fixture world = new Fixture();
        Person person = world.population.add(30, 0, 0);
        person.setOrigin(0);
        person.detain(0, DetentionType.PRE_TRIAL, 400, false, false);
        world.population.detentionStarted();
        world.mechanisms.coordination().contactNow(person, 5);
        assertTrue(person.hasMunicipalCase(5));
    }
}
