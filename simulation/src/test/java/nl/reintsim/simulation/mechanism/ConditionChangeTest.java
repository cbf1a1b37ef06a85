package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import org.junit.jupiter.api.Test;

class ConditionChangeTest {
    private final Fixture world = new Fixture();
    private final ConditionChange conditions = world.mechanisms.conditions();

    private static final int RELEASE_DAY = 10;

    private Person releasedWithout(boolean validId, int municipality) {
        Person person = world.detained(30, 0, RELEASE_DAY, validId, municipality);
        person.setHousing(Housing.NONE);
        person.release(RELEASE_DAY);
        return person;
    }

    /** The last day on which changes of the people released here are still followed. */
    private int followUpEnd() {
        return RELEASE_DAY + (int) world.parameters.conditions().followUpDaysAfterRelease();
    }

    @Test void noIdBlocksABenefitAWorkAndAHome() {
        Person person = releasedWithout(false, 0);
        assertTrue(Double.isInfinite(conditions.meanDays(person, ConditionKind.ARRANGE_BENEFIT, 20)));
        assertTrue(Double.isInfinite(conditions.meanDays(person, ConditionKind.FIND_WORK, 20)));
        assertTrue(Double.isInfinite(conditions.meanDays(person, ConditionKind.FIND_HOUSING, 20)));
        person.obtainValidId();
        assertTrue(Double.isFinite(conditions.meanDays(person, ConditionKind.ARRANGE_BENEFIT, 20)));
        assertTrue(Double.isFinite(conditions.meanDays(person, ConditionKind.FIND_HOUSING, 20)));
    }

    @Test void supportSpeedsUpWhatPeopleCannotArrangeAlone() {
        Person alone = releasedWithout(true, 0);
        Person helped = releasedWithout(true, 0);
        helped.openMunicipalCase(0, 200);
        double aloneMean = conditions.meanDays(alone, ConditionKind.ARRANGE_BENEFIT, 20);
        double helpedMean = conditions.meanDays(helped, ConditionKind.ARRANGE_BENEFIT, 20);
        assertEquals(world.parameters.conditions().unsupportedRateRatio(), helpedMean / aloneMean, 1e-12);
    }

    @Test void inDetentionNothingIsArrangedWithoutASupporter() {
        Person person = world.detained(30, 0, 300, false, 0);
        assertTrue(Double.isInfinite(conditions.meanDays(person, ConditionKind.ARRANGE_ID, 20)));
        person.openMunicipalCase(0, Integer.MAX_VALUE / 2);
        assertTrue(Double.isFinite(conditions.meanDays(person, ConditionKind.ARRANGE_ID, 20)));
    }

    @Test void afterReleaseAnIdComesAtTheDesksPaceWithOrWithoutSupport() {
        var pace = world.parameters.conditions();
        assertNotEquals(pace.meanDaysToArrangeId(), pace.meanDaysToArrangeIdAfterRelease(), "the shipped paces differ, so this tells them apart");
        Person detained = world.detained(30, 0, 300, false, 0);
        detained.openMunicipalCase(0, Integer.MAX_VALUE / 2);
        Person helped = releasedWithout(false, 0);
        helped.openMunicipalCase(0, 200);
        Person alone = releasedWithout(false, 0);
        assertEquals(pace.meanDaysToArrangeId(), conditions.meanDays(detained, ConditionKind.ARRANGE_ID, 20), 1e-9, "in the PI");
        assertEquals(pace.meanDaysToArrangeIdAfterRelease(), conditions.meanDays(helped, ConditionKind.ARRANGE_ID, 20), 1e-9);
        assertEquals(pace.meanDaysToArrangeIdAfterRelease(), conditions.meanDays(alone, ConditionKind.ARRANGE_ID, 20), 1e-9,
                "the person's own errand: a supporter does not make it faster");
    }

    @Test void anIdRunsOutInDetentionAsItDoesOutside() {
        Person detained = world.detained(30, 0, 300, true, 0);
        Person released = releasedWithout(true, 0);
        double mean = world.parameters.conditions().meanDaysIdKept();
        assertEquals(mean, conditions.meanDays(detained, ConditionKind.LOSE_ID, 20), 1e-9, "expiry does not wait for the release");
        assertEquals(mean, conditions.meanDays(released, ConditionKind.LOSE_ID, 20), 1e-9);
        detained.loseValidId();
        assertTrue(Double.isInfinite(conditions.meanDays(detained, ConditionKind.LOSE_ID, 20)), "no ID, nothing to lose");
    }

    @Test void aLongerHousingWaitSlowsHousing() {
        Fixture scarce = new Fixture(world.parameters, new Fixture.Place(nl.reintsim.simulation.model.SizeClass.G4, true, true, 10, 0));
        Person here = releasedWithout(true, 0);
        Person there = scarce.detained(30, 0, 10, true, 0);
        there.setHousing(Housing.NONE);
        there.release(10);
        assertEquals(conditions.meanDays(here, ConditionKind.FIND_HOUSING, 20),
                scarce.mechanisms.conditions().meanDays(there, ConditionKind.FIND_HOUSING, 20), 1e-9,
                "same wait in both fixtures gives the same mean");
        double ratio = world.parameters.conditions().meanDaysToHousing() / conditions.meanDays(here, ConditionKind.FIND_HOUSING, 20);
        assertTrue(ratio > 0, "housing takes time");
    }

    @Test void someoneWhoDoesNotClaimABenefitIsNeverArrangedOneButCanStillFindWork() {
        Person claims = releasedWithout(true, 0);
        Person doesNot = releasedWithout(true, 0);
        doesNot.setClaimsBenefit(false);
        claims.openMunicipalCase(0, 200);
        doesNot.openMunicipalCase(0, 200);
        assertTrue(Double.isFinite(conditions.meanDays(claims, ConditionKind.ARRANGE_BENEFIT, 20)));
        assertTrue(Double.isInfinite(conditions.meanDays(doesNot, ConditionKind.ARRANGE_BENEFIT, 20)));
        assertEquals(conditions.meanDays(claims, ConditionKind.FIND_WORK, 20), conditions.meanDays(doesNot, ConditionKind.FIND_WORK, 20));
    }

    @Test void aBenefitPreparedInDetentionIsNotArrangedTwice() {
        Person person = world.detained(30, 0, 300, true, 0);
        person.openMunicipalCase(0, Integer.MAX_VALUE / 2);
        person.prepareBenefitForRelease();
        assertTrue(Double.isInfinite(conditions.meanDays(person, ConditionKind.ARRANGE_BENEFIT, 20)));
    }

    @Test void withoutIncomeAfterReleaseInsuranceArrearsFollow() {
        Person person = releasedWithout(true, 0);
        person.setHousing(Housing.OWN);
        assertTrue(Double.isFinite(conditions.meanDays(person, ConditionKind.INSURANCE_DEFAULT, 20)));
        person.startBenefit();
        assertTrue(Double.isInfinite(conditions.meanDays(person, ConditionKind.INSURANCE_DEFAULT, 20)));
        assertEquals(Income.BENEFIT, person.income());
    }

    @Test void aStartQualificationMakesWorkComeFaster() {
        Person without = releasedWithout(true, 0);
        Person with = releasedWithout(true, 0);
        with.setStartQualification(true);
        assertEquals(world.parameters.conditions().workRateRatioQualified(),
                conditions.meanDays(without, ConditionKind.FIND_WORK, 20) / conditions.meanDays(with, ConditionKind.FIND_WORK, 20), 1e-12);
    }

    @Test void onlyThoseNotInWorkStartEducationAndACourseEnds() {
        Person person = releasedWithout(true, 0);
        assertTrue(Double.isFinite(conditions.meanDays(person, ConditionKind.START_EDUCATION, 20)));
        assertTrue(Double.isInfinite(conditions.meanDays(person, ConditionKind.END_EDUCATION, 20)));
        person.startEducation();
        assertTrue(Double.isInfinite(conditions.meanDays(person, ConditionKind.START_EDUCATION, 20)));
        assertEquals(world.parameters.conditions().meanDaysInEducation(), conditions.meanDays(person, ConditionKind.END_EDUCATION, 20));
        Person working = releasedWithout(true, 0);
        working.startWork(15);
        assertTrue(Double.isInfinite(conditions.meanDays(working, ConditionKind.START_EDUCATION, 20)));
    }

    @Test void aShelterStayEndsEvenAfterTheFollowUp() {
        Person person = releasedWithout(true, 0);
        world.mechanisms.accommodation().move(person, Housing.SHELTER, 10);
        int afterFollowUp = followUpEnd() + 1;
        conditions.reschedule(person, afterFollowUp);
        assertTrue(person.conditionDue(ConditionKind.LEAVE_SHELTER) > afterFollowUp, "the stay still ends");
        assertEquals(Person.OUT_OF_SIGHT, person.conditionDue(ConditionKind.FIND_HOUSING), "but other conditions are no longer followed");
    }

    @Test void aChangeDrawnBeyondTheFollowUpIsNotDrawnAgainWhileItsRateHolds() {
        Person person = releasedWithout(true, 0);
        int afterFollowUp = followUpEnd() + 1;
        conditions.reschedule(person, afterFollowUp);
        int draws = person.conditionDraws(ConditionKind.FIND_HOUSING);
        assertEquals(Person.OUT_OF_SIGHT, person.conditionDue(ConditionKind.FIND_HOUSING));
        conditions.reschedule(person, afterFollowUp + 10);
        assertEquals(draws, person.conditionDraws(ConditionKind.FIND_HOUSING), "same rate: the earlier draw still holds");
        person.openMunicipalCase(0, afterFollowUp + 5000);
        conditions.reschedule(person, afterFollowUp + 20);
        assertEquals(draws + 1, person.conditionDraws(ConditionKind.FIND_HOUSING), "support changes the rate: drawn again");
    }

    @Test void beingReTimedOftenDoesNotMakeAChangeWithinTheFollowUpMoreLikely() {
        double mean = world.parameters.conditions().meanDaysIdKept();
        int n = 2000, within = 0;
        for (int i = 0; i < n; i++) {
            Person person = releasedWithout(true, 0);
            for (int day = RELEASE_DAY; day < RELEASE_DAY + 50; day++) conditions.reschedule(person, day);
            if (person.conditionDue(ConditionKind.LOSE_ID) <= followUpEnd()) within++;
        }
        double expected = 1 - Math.exp(-(followUpEnd() - RELEASE_DAY) / mean);
        assertEquals(expected, within / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n),
                "one exponential wait, not one chance per re-timing");
    }

    @Test void theKindOfHousingFoundDoesNotDependOnHowLongACourseLasts() {
        int n = 4000;
        int[] courseDays = new int[n];
        boolean[] withOthers = new boolean[n];
        for (int i = 0; i < n; i++) {
            Person person = releasedWithout(true, 0);
            person.setHousing(Housing.OWN);
            person.startEducation();
            conditions.reschedule(person, 20);
            courseDays[i] = person.conditionDue(ConditionKind.END_EDUCATION) - 20;
            withOthers[i] = conditions.housingFound(person) == Housing.WITH_OTHERS;
        }
        int median = Arrays.stream(courseDays).sorted().toArray()[n / 2];
        int longCourses = 0, longWithOthers = 0, shortWithOthers = 0;
        for (int i = 0; i < n; i++) {
            if (courseDays[i] > median) { longCourses++; if (withOthers[i]) longWithOthers++; }
            else if (withOthers[i]) shortWithOthers++;
        }
        double share = world.parameters.conditions().shareHousingWithOthers();
        double afterLong = longWithOthers / (double) longCourses, afterShort = shortWithOthers / (double) (n - longCourses);
        assertEquals(afterShort, afterLong, 4 * Math.sqrt(2 * share * (1 - share) / (n / 2.0)),
                "with others after a long course " + afterLong + ", after a short one " + afterShort);
    }

    @Test void aChangeDueTodayStillComesUpWhenAnEarlierPhaseReTimesThePerson() {
        Person person = releasedWithout(true, 0);
        person.openMunicipalCase(0, 5000);
        conditions.reschedule(person, 10);
        int due = person.conditionDue(ConditionKind.FIND_SHELTER);
        for (int day = 11; day < due; day++) conditions.onDay(day);
        conditions.reschedule(person, due);
        assertEquals(due, person.conditionDue(ConditionKind.FIND_SHELTER), "same rate: today stays today");
        conditions.onDay(due);
        assertEquals(Housing.SHELTER, person.housing());
    }

    @Test void scheduledChangesHappenOnTheirDay() {
        Person person = releasedWithout(true, 0);
        person.openMunicipalCase(0, 5000);
        conditions.reschedule(person, 10);
        int due = person.conditionDue(ConditionKind.FIND_SHELTER);
        assertTrue(due > 10);
        for (int day = 11; day <= due; day++) conditions.onDay(day);
        assertTrue(person.housing() != Housing.NONE);
    }
}
