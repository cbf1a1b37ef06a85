package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.model.ConditionKind;
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

    /** One organised municipality with a coordinator for everyone, so that contact alone decides. */
    private static Fixture ample() {
        return new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 10_000, 0));
    }

    @Test void aNotifiedMunicipalityMakesContactWithItsProbabilityAfterAnExponentialWait() {
        Fixture world = ample();
        var m = world.parameters.municipalities();
        world.world.municipality(0).caseOpened(9);   // know-how fresh for the whole test
        int n = 4000, notifiedOn = 10, release = 80;
        for (int i = 0; i < n; i++) {
            // a sentence released within caseDaysBeforeRelease: a case opens on the day of contact
            Person person = world.detained(30, 0, release, true, 0);
            world.mechanisms.coordination().scheduleNotification(person, notifiedOn);
        }
        for (int day = notifiedOn; day < release; day++) world.mechanisms.coordination().onDay(day);
        for (int id = 0; id < n; id++) assertEquals(notifiedOn, world.population.get(id).notifiedDay());
        long contacted = world.events(CaseOpened.class).size();
        double expected = m.probabilityContact() * (1 - Math.exp(-(release - 1 - notifiedOn) / m.meanDaysToContact()));
        assertEquals(expected, contacted / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n));
    }

    @Test void detentionInAnotherRegionLowersTheChanceOfContactUnlessTheMunicipalityVisits() {
        Fixture world = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 10, 0),
                new Fixture.Place(SizeClass.G4, true, true, 10, 0, true, false));
        MunicipalCoordination coordination = world.mechanisms.coordination();
        double[] nearby = new double[2], away = new double[2];
        for (int m = 0; m < 2; m++) {
            world.world.municipality(m).caseOpened(9);
            Person near = world.population.add(30, 0, 0), far = world.population.add(30, 0, 0);
            near.setOrigin(m);
            far.setOrigin(m);
            near.detain(0, DetentionType.SHORT_SENTENCE, 200, false, false);
            far.detain(0, DetentionType.SHORT_SENTENCE, 200, true, false);
            nearby[m] = coordination.probabilityContact(near, 10);
            away[m] = coordination.probabilityContact(far, 10);
        }
        assertEquals(world.parameters.municipalities().contactRatioOutsideRegion(), away[0] / nearby[0], 1e-12);
        assertEquals(1.0, away[1] / nearby[1], 1e-12, "in-reach visits reach people wherever they are detained");
    }

    /** {@code n} people released on day 50 from municipality 0, notified or not while in detention, with no case. */
    private static void releaseUncontacted(Fixture world, int n, boolean notified, boolean sudden) {
        for (int i = 0; i < n; i++) {
            Person person = world.population.add(30, 0, 0);
            person.setOrigin(0);
            person.detain(0, DetentionType.PRE_TRIAL, 50, false, sudden);
            world.population.detentionStarted();
            if (notified) person.notifyMunicipality(20);
            person.release(50);
            world.population.detentionEnded();
            world.mechanisms.coordination().onRelease(person, 50);
        }
        for (int day = 51; day < 50 + 365; day++) world.mechanisms.coordination().onDay(day);
    }

    /** Share of the {@code n} released whose case opened after release, with its binomial standard error at {@code expected}. */
    private static void assertShareContactedAfterRelease(Fixture world, int n, double expected) {
        long opened = world.events(CaseOpened.class).stream().filter(CaseOpened::afterRelease).count();
        assertEquals(expected, opened / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n) + 1e-9);
    }

    /** Within the aftercare months: a wait of at most caseDaysAfterRelease days after release. */
    private static double withinAftercare(Fixture world) {
        var m = world.parameters.municipalities();
        return 1 - Math.exp(-m.caseDaysAfterRelease() / m.meanDaysToContact());
    }

    @Test void aMunicipalityNotifiedDuringDetentionMayStillMakeContactAfterRelease() {
        Fixture world = ample();
        world.world.municipality(0).caseOpened(49);
        releaseUncontacted(world, 4000, true, false);
        assertShareContactedAfterRelease(world, 4000, world.parameters.municipalities().probabilityContact() * withinAftercare(world));
    }

    @Test void whoWasNeverNotifiedReachesTheMunicipalityOnlyByReportingThemselves() {
        Fixture world = ample();
        releaseUncontacted(world, 4000, false, false);
        assertShareContactedAfterRelease(world, 4000, world.parameters.municipalities().probabilitySelfReport() * withinAftercare(world));
    }

    @Test void aCaseOpenedInDetentionLetsTheCoordinatorArrangeAnId() {
        Fixture world = new Fixture();
        Person person = world.detained(30, 0, 60, false, 0);
        world.mechanisms.conditions().reschedule(person, 5);
        assertEquals(-1, person.conditionDue(ConditionKind.ARRANGE_ID), "nobody arranges it in detention");
        world.mechanisms.coordination().contactNow(person, 5);
        assertTrue(person.hasMunicipalCase(5));
        assertTrue(person.conditionDue(ConditionKind.ARRANGE_ID) > 5, "timed once the case opens");
    }

    @Test void aCaseOpenedKeepsTheMunicipalitysKnowHowFresh() {
        Fixture world = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        Person person = world.detained(30, 0, 60, true, 0);
        Person next = world.detained(30, 0, 60, true, 0);
        MunicipalCoordination coordination = world.mechanisms.coordination();
        double before = coordination.probabilityContact(next, 5);
        coordination.contactNow(person, 5);
        assertTrue(person.hasMunicipalCase(5));
        assertEquals(before / world.parameters.municipalities().contactRatioKnowledgeLost(), coordination.probabilityContact(next, 6), 1e-12,
                "with a case just opened the know-how is no longer lost");
    }

    @Test void aSuddenReleaseReachesTheMunicipalityAfterwardsWithItsProbability() {
        Fixture world = ample();
        int n = 4000;
        releaseUncontacted(world, n, false, true);
        long notified = 0;
        for (int id = 0; id < n; id++) if (world.population.get(id).isMunicipalityNotified()) notified++;
        double p = world.parameters.release().probabilityNotifiedAfterSudden();
        // the notification comes after a wait of mean meanDaysToContact, well inside the year followed
        assertEquals(p, notified / (double) n, 4 * Math.sqrt(p * (1 - p) / n));
        assertTrue(world.population.get(0).notifiedDay() == -1 || world.population.get(0).notifiedDay() > 50);
    }

    /** Someone from municipality 0 released on day 50 without a case. */
    private static Person releasedOnDay50(Fixture world) {
        Person person = world.detained(30, 0, 50, true, 0);
        person.release(50);
        world.population.detentionEnded();
        return person;
    }

    @Test void aCaseOpenedAfterReleaseEndsWithTheAftercareMonths() {
        Fixture world = new Fixture();
        Person person = releasedOnDay50(world);
        world.mechanisms.coordination().contactNow(person, 60);
        assertEquals(50 + (int) world.parameters.municipalities().caseDaysAfterRelease(), person.municipalCaseUntil());
    }

    @Test void contactAfterTheAftercareMonthsOpensNoCase() {
        Fixture world = new Fixture();
        int last = 50 + (int) world.parameters.municipalities().caseDaysAfterRelease();
        Person onTheLastDay = releasedOnDay50(world), tooLate = releasedOnDay50(world);
        world.mechanisms.coordination().contactNow(onTheLastDay, last);
        world.mechanisms.coordination().contactNow(tooLate, last + 1);
        assertTrue(onTheLastDay.hasMunicipalCase(last), "the last day of the aftercare months still counts");
        assertFalse(tooLate.hasMunicipalCase(last + 1));
        assertEquals(1, world.world.municipality(0).coordinators().occupied());
    }

    /** Someone from municipality 0 in pre-trial detention from day 0: its end unknown, so a case opens on the day of contact. */
    private static Person inPreTrialDetention(Fixture world) {
        Person person = world.population.add(30, 0, 0);
        person.setOrigin(0);
        person.detain(0, DetentionType.PRE_TRIAL, 2000, false, false);
        world.population.detentionStarted();
        return person;
    }

    /** Share of {@code waits} of at most the mean, against an exponential wait of that mean in whole days, seen only up to {@code cap}. */
    private static void assertExponentialWait(List<Integer> waits, double mean, double cap, String what) {
        assertTrue(waits.size() > 300, what + ": too few waits to tell, " + waits.size());
        double expected = (1 - Math.exp(-1)) / (1 - Math.exp(-cap / mean));
        long short_ = waits.stream().filter(w -> w <= mean).count();
        assertEquals(expected, short_ / (double) waits.size(), 4 * Math.sqrt(expected * (1 - expected) / waits.size()), what);
        assertTrue(waits.stream().allMatch(w -> w >= 1), what + ": a wait of at least a day");
    }

    @Test void contactFollowsANotificationInDetentionAfterAnExponentialWaitOfItsMeanDays() {
        Fixture world = ample();
        world.world.municipality(0).caseOpened(9);
        int n = 4000, notifiedOn = 10;
        for (int i = 0; i < n; i++) world.mechanisms.coordination().scheduleNotification(inPreTrialDetention(world), notifiedOn);
        for (int day = notifiedOn; day < 1000; day++) world.mechanisms.coordination().onDay(day);
        List<Integer> waits = world.events(CaseOpened.class).stream().map(c -> c.day() - notifiedOn).toList();
        assertExponentialWait(waits, world.parameters.municipalities().meanDaysToContact(), Double.POSITIVE_INFINITY, "contact after notification");
    }

    @Test void aSuddenReleaseReachesTheMunicipalityAfterAnExponentialWaitOfTheMeanDaysToContact() {
        Fixture world = ample();
        releaseUncontacted(world, 4000, false, true);
        List<Integer> waits = new ArrayList<>();
        for (int id = 0; id < 4000; id++) {
            int notified = world.population.get(id).notifiedDay();
            if (notified >= 0) waits.add(notified - 50);
        }
        assertExponentialWait(waits, world.parameters.municipalities().meanDaysToContact(), 365 - 1, "notification after a sudden release");
    }

    @Test void whoReportsThemselvesReachesTheMunicipalityAfterAnExponentialWaitOfTheMeanDaysToContact() {
        Fixture world = ample();
        releaseUncontacted(world, 20_000, false, false);
        var m = world.parameters.municipalities();
        List<Integer> waits = world.events(CaseOpened.class).stream().map(c -> c.day() - 50).toList();
        // a case opens only within the aftercare months, so the waits seen end there
        assertExponentialWait(waits, m.meanDaysToContact(), m.caseDaysAfterRelease(), "contact by reporting oneself");
    }

    @Test void aNewDetentionEndsTheAftercareCaseAndFreesItsCoordinatorInAnyMunicipality() {
        Fixture world = new Fixture();
        Person person = releasedOnDay50(world);   // from the table's first municipality, index 0
        MunicipalCoordination coordination = world.mechanisms.coordination();
        coordination.contactNow(person, 60);
        assertTrue(person.hasMunicipalCase(60));
        assertEquals(1, world.world.municipality(0).coordinators().occupied());
        coordination.onAdmission(person, 70);
        assertFalse(person.hasMunicipalCase(70));
        assertEquals(-1, person.caseMunicipality());
        assertEquals(0, world.world.municipality(0).coordinators().occupied());
    }

    @Test void whoWaitsForACoordinatorAfterReleaseStaysInTheQueueThroughTheLastDayOfTheAftercareMonths() {
        Fixture world = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 1, 0));
        MunicipalCoordination coordination = world.mechanisms.coordination();
        Person holder = inPreTrialDetention(world);
        coordination.contactNow(holder, 1);
        assertTrue(holder.hasMunicipalCase(1), "the only coordinator is busy");
        Person waiting = releasedOnDay50(world);
        int last = 50 + (int) world.parameters.municipalities().caseDaysAfterRelease();
        coordination.contactNow(waiting, 60);
        assertFalse(waiting.hasMunicipalCase(60));
        assertEquals(1, world.world.municipality(0).coordinators().waiting());
        for (int day = 2; day <= last; day++) coordination.onDay(day);
        assertEquals(1, world.world.municipality(0).coordinators().waiting(), "still waiting on the last day");
        coordination.onDay(last + 1);
        assertEquals(0, world.world.municipality(0).coordinators().waiting(), "given up the day after");
    }

    @Test void theMunicipalityCountsAsNotifiedFromItsFirstNotificationOfADetention() {
        Fixture world = ample();
        Person person = inPreTrialDetention(world);
        MunicipalCoordination coordination = world.mechanisms.coordination();
        coordination.scheduleNotification(person, 10);
        coordination.scheduleNotification(person, 20);
        for (int day = 10; day <= 20; day++) coordination.onDay(day);
        assertEquals(10, person.notifiedDay());
    }

    @Test void aCaseOpenedAfterReleaseFreesItsCoordinatorWhenTheAftercareMonthsEnd() {
        Fixture world = new Fixture();
        Person person = releasedOnDay50(world);
        MunicipalCoordination coordination = world.mechanisms.coordination();
        coordination.contactNow(person, 60);
        int until = person.municipalCaseUntil();
        for (int day = 60; day < until; day++) coordination.onDay(day);
        assertEquals(1, world.world.municipality(0).coordinators().occupied(), "busy through the aftercare months");
        coordination.onDay(until);
        assertFalse(person.hasMunicipalCase(until + 1));
        assertEquals(0, world.world.municipality(0).coordinators().occupied(), "free once they end");
    }

    @Test void aSlotFreedOnTheDayAWaitingPersonsAftercareHasPassedIsNotLost() {
        Fixture world = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 1, 0));
        MunicipalCoordination coordination = world.mechanisms.coordination();
        var m = world.parameters.municipalities();
        // the holder's aftercare case ends on the first day the waiting person no longer needs one
        Person waiting = releasedOnDay50(world);
        int pastAftercare = 50 + (int) m.caseDaysAfterRelease() + 1;
        Person holder = world.detained(30, 0, pastAftercare - (int) m.caseDaysAfterRelease(), true, 0);
        coordination.contactNow(holder, 1);
        assertTrue(holder.hasMunicipalCase(1));
        holder.release(holder.releaseDay());
        world.population.detentionEnded();
        coordination.onRelease(holder, holder.releaseDay());
        assertEquals(pastAftercare, holder.municipalCaseUntil());
        coordination.contactNow(waiting, 60);
        assertEquals(1, world.world.municipality(0).coordinators().waiting());
        for (int day = 2; day <= pastAftercare; day++) coordination.onDay(day);
        assertFalse(waiting.hasMunicipalCase(pastAftercare), "too late for the waiting person");
        assertEquals(0, world.world.municipality(0).coordinators().occupied(), "the slot is free again");
    }
}
