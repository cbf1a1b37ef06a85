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
import nl.reintsim.simulation.observation.SupportStarted;
import nl.reintsim.simulation.policy.LeverSchedule;
import org.junit.jupiter.api.Test;

class SupportTest {
    private final Fixture world = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 100, 5));

    @Test void rioTakesOnlyEligibleAges() {
        var support = world.parameters.support();
        Person young = world.detained(support.rioMinimumAgeYears() + 2, 0, 400, true);
        Person old = world.detained(support.rioMaximumAgeYears() + 5, 0, 400, true);
        Person minor = world.detained(support.rioMinimumAgeYears() - 1, 0, 400, true);
        for (Person p : new Person[] {young, old, minor}) world.mechanisms.support().onAdmission(p, 0);
        assertTrue(young.hasRio(0));
        assertFalse(old.hasRio(0));
        assertFalse(minor.hasRio(0));
    }

    @Test void rioNeverExceedsItsCaseload() {
        for (int i = 0; i < 20; i++) world.mechanisms.support().onAdmission(world.detained(25, 0, 400, true), 0);
        long mentored = 0;
        for (int id = 0; id < world.population.size(); id++) if (world.population.get(id).hasRio(0)) mentored++;
        assertEquals(5, mentored);
        assertEquals(5, world.world.municipality(0).rioPlaces().occupied());
        assertEquals(15, world.world.municipality(0).rioPlaces().waiting());
    }

    @Test void aFreedRioPlaceGoesToTheLongestWaiting() {
        for (int i = 0; i < 6; i++) world.mechanisms.support().onAdmission(world.detained(25, 0, 2000, true), i);
        Person sixth = world.population.get(5);
        assertFalse(sixth.hasRio(5));
        int end = world.population.get(0).rioUntil();
        for (int day = 6; day <= end; day++) world.mechanisms.support().onDay(day);
        assertTrue(sixth.hasRio(end));
    }

    @Test void noRioWhereTheMunicipalityHasNoPlaces() {
        Fixture none = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        Person person = none.detained(25, 0, 400, true);
        none.mechanisms.support().onAdmission(person, 0);
        assertFalse(person.hasRio(0));
        assertEquals(0, none.world.municipality(0).rioPlaces().waiting());
    }

    @Test void rioTakesTheEdgeAgesOfItsRange() {
        var support = world.parameters.support();
        Person youngest = world.detained(support.rioMinimumAgeYears(), 0, 400, true);
        Person oldest = world.detained(support.rioMaximumAgeYears(), 0, 400, true);
        world.mechanisms.support().onAdmission(youngest, 0);
        world.mechanisms.support().onAdmission(oldest, 0);
        assertTrue(youngest.hasRio(0));
        assertTrue(oldest.hasRio(0));
    }

    @Test void rioMentoringEndsAfterItsDaysAndGivesThePlaceBack() {
        Person person = world.detained(25, 0, 2000, true);
        world.mechanisms.support().onAdmission(person, 0);
        int until = person.rioUntil();
        assertEquals((int) world.parameters.support().rioMentoringDays(), until);
        for (int day = 1; day <= until; day++) world.mechanisms.support().onDay(day);
        assertFalse(person.hasRio(until));
        assertEquals(0, world.world.municipality(0).rioPlaces().occupied());
    }

    /** Released people the support mechanism decided on, until {@code count} of them have a legal framework. */
    private static List<Person> releasedWithFramework(Fixture fixture, int count, int day) {
        List<Person> withFramework = new ArrayList<>();
        while (withFramework.size() < count) {
            Person person = fixture.detained(30, 0, day, true);
            person.release(day);
            fixture.population.detentionEnded();
            fixture.mechanisms.support().onRelease(person, day);
            if (person.hasProbationFramework()) withFramework.add(person);
        }
        return withFramework;
    }

    @Test void probationEndsAfterItsSupervisionAndReTimesTheNextOffence() {
        Person person = releasedWithFramework(world, 1, 10).get(0);
        world.mechanisms.recidivism().startRisk(person, 10);
        int until = person.probationUntil();
        assertEquals(10 + (int) world.parameters.release().probationSupervisionDays(), until);
        for (int day = 11; day <= until; day++) world.mechanisms.support().onDay(day);
        assertFalse(person.isSupervisedByProbation(until));
        assertEquals(until, person.hazardFromDay(), "the hazard is re-timed without supervision");
        assertEquals(world.mechanisms.recidivism().multiplier(person, until), person.hazardMultiplier(), 1e-12);
    }

    @Test void aFreedProbationPlaceGoesToTheLongestWaitingWhoseSupervisionPeriodHasNotPassed() {
        Fixture onePlace = new Fixture(world.parameters, LeverSchedule.none(world.calendar),
                Fixture.housingPlaces(1, 1000, 1000), 1, new Fixture.Place(SizeClass.G4, true, true, 100, 5));
        List<Person> early = releasedWithFramework(onePlace, 2, 10);
        Person first = early.get(0), waitedTooLong = early.get(1);
        Person later = releasedWithFramework(onePlace, 1, 200).get(0);
        assertTrue(first.isSupervisedByProbation(10));
        assertFalse(waitedTooLong.isSupervisedByProbation(10), "one place: the others wait");
        int freed = first.probationUntil();
        for (int day = 11; day <= freed; day++) onePlace.mechanisms.support().onDay(day);
        assertFalse(waitedTooLong.isSupervisedByProbation(freed), "released a whole supervision period ago: too late");
        assertTrue(later.isSupervisedByProbation(freed));
        assertEquals(freed + (int) world.parameters.release().probationSupervisionDays(), later.probationUntil());
    }

    @Test void rioMentoringStartedInDetentionLetsTheMentorArrangeAnId() {
        Person person = world.detained(25, 0, 400, false);
        world.mechanisms.conditions().reschedule(person, 0);
        assertEquals(-1, person.conditionDue(ConditionKind.ARRANGE_ID));
        world.mechanisms.support().onAdmission(person, 0);
        assertTrue(person.hasRio(0));
        assertTrue(person.conditionDue(ConditionKind.ARRANGE_ID) > 0);
    }

    @Test void whoStillWaitsForRioAtReleaseGivesUp() {
        for (int i = 0; i < 6; i++) world.mechanisms.support().onAdmission(world.detained(25, 0, 100, true), 0);
        assertEquals(1, world.world.municipality(0).rioPlaces().waiting());
        for (int day = 1; day < 100; day++) world.mechanisms.support().onDay(day);
        assertEquals(1, world.world.municipality(0).rioPlaces().waiting(), "waiting through the stay");
        world.mechanisms.support().onDay(100);
        assertEquals(0, world.world.municipality(0).rioPlaces().waiting());
    }

    @Test void aLegalFrameworkFollowsTheDetentionTypesChanceAndSupervisionIsAnnounced() {
        int n = 4_000;
        for (DetentionType type : new DetentionType[] { DetentionType.PRE_TRIAL, DetentionType.LONG_SENTENCE }) {
            Fixture fixture = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 100, 5));
            int framework = 0;
            for (int i = 0; i < n; i++) {
                Person person = fixture.population.add(30, 0, 0);
                person.setOrigin(0);
                person.detain(0, type, 10, false, false);
                fixture.population.detentionStarted();
                person.release(10);
                fixture.population.detentionEnded();
                fixture.mechanisms.support().onRelease(person, 10);
                if (person.hasProbationFramework()) framework++;
            }
            double p = fixture.parameters.release().probabilityProbation().get(type);
            assertEquals(p, framework / (double) n, 4 * Math.sqrt(p * (1 - p) / n), type.key());
            long announced = fixture.events(SupportStarted.class).stream().filter(s -> s.kind() == SupportStarted.Kind.PROBATION).count();
            assertEquals(framework, announced, "every supervision that starts is announced");
        }
    }
}
