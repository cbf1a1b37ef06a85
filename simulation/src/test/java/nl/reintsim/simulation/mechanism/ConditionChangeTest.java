package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.ConditionChanged;
import nl.reintsim.simulation.policy.LeverSchedule;
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
        Fixture scarce = new Fixture(world.parameters, new Fixture.Place(SizeClass.G4, true, true, 10, 0));
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

    // What each change does when it comes up (ConditionChange.apply), kind by kind.

    @Test void anArrangedIdIsAValidId() {
        Person person = releasedWithout(false, 0);
        conditions.apply(person, ConditionKind.ARRANGE_ID, 20);
        assertTrue(person.hasValidId());
    }

    @Test void anExpiredIdLeavesThePersonWithout() {
        Person person = releasedWithout(true, 0);
        conditions.apply(person, ConditionKind.LOSE_ID, 20);
        assertFalse(person.hasValidId());
    }

    @Test void aBenefitArrangedAfterReleaseIsPaidAtOnce() {
        Person person = releasedWithout(true, 0);
        conditions.apply(person, ConditionKind.ARRANGE_BENEFIT, 20);
        assertEquals(Income.BENEFIT, person.income());
    }

    @Test void inDetentionABenefitIsPreparedForTheReleaseNotPaid() {
        Person person = world.detained(30, 0, 300, true, 0);
        conditions.apply(person, ConditionKind.ARRANGE_BENEFIT, 20);
        assertEquals(Income.NONE, person.income());
        assertTrue(person.isBenefitReadyAtRelease());
    }

    @Test void aFoundJobIsWorkFromThatDay() {
        Person person = releasedWithout(true, 0);
        conditions.apply(person, ConditionKind.FIND_WORK, 20);
        assertEquals(Income.WORK, person.income());
        assertEquals(20, person.workStartDay());
    }

    @Test void aLostJobLeavesNoIncome() {
        Person person = releasedWithout(true, 0);
        person.startWork(15);
        conditions.apply(person, ConditionKind.LOSE_JOB, 20);
        assertEquals(Income.NONE, person.income());
    }

    @Test void aHomeFoundAfterReleaseIsOfTheKindItsOutcomeDraws() {
        for (int i = 0; i < 50; i++) {
            Person person = releasedWithout(true, 0);
            Housing drawn = conditions.housingFound(person);
            conditions.apply(person, ConditionKind.FIND_HOUSING, 20);
            assertEquals(drawn, person.housing());
        }
    }

    @Test void inDetentionAHomeIsPreparedForTheReleaseNotMovedInto() {
        Person person = world.detained(30, 0, 300, true, 0);
        person.setHousing(Housing.NONE);
        conditions.apply(person, ConditionKind.FIND_HOUSING, 20);
        assertEquals(Housing.NONE, person.housing());
        assertTrue(person.isHousingReadyAtRelease());
    }

    @Test void aLostHomeLeavesNoAddress() {
        Person person = releasedWithout(true, 0);
        person.setHousing(Housing.OWN);
        conditions.apply(person, ConditionKind.LOSE_HOME, 20);
        assertEquals(Housing.NONE, person.housing());
    }

    @Test void aFoundShelterBedIsMovedInto() {
        Person person = releasedWithout(true, 0);
        conditions.apply(person, ConditionKind.FIND_SHELTER, 20);
        assertEquals(Housing.SHELTER, person.housing());
    }

    @Test void leavingTheShelterLeavesNoAddress() {
        Person person = releasedWithout(true, 0);
        world.mechanisms.accommodation().move(person, Housing.SHELTER, 15);
        conditions.apply(person, ConditionKind.LEAVE_SHELTER, 20);
        assertEquals(Housing.NONE, person.housing());
    }

    @Test void whoLeavesTheWaitForAShelterBedGivesUpOnIt() {
        Fixture oneBed = new Fixture(world.parameters, LeverSchedule.none(world.calendar), Fixture.housingPlaces(1, 1, 1000),
                new Fixture.Place(SizeClass.G4, true, true, 1000, 0));
        Person first = oneBed.detained(30, 0, 10, true, 0);
        Person second = oneBed.detained(30, 0, 10, true, 0);
        for (Person p : new Person[] { first, second }) { p.setHousing(Housing.NONE); p.release(10); }
        oneBed.mechanisms.accommodation().move(first, Housing.SHELTER, 15);
        oneBed.mechanisms.accommodation().move(second, Housing.SHELTER, 15);
        assertEquals(Housing.SHELTER, second.awaitingPlace(), "the only bed is taken: the second waits");
        oneBed.mechanisms.conditions().apply(second, ConditionKind.LEAVE_SHELTER, 20);
        assertNull(second.awaitingPlace());
        assertTrue(second.hasGivenUpOnShelter());
        assertEquals(Housing.NONE, second.housing());
    }

    @Test void movingOnFromSupportedHousingIsToAHomeOfOnesOwn() {
        Person person = releasedWithout(true, 0);
        world.mechanisms.accommodation().move(person, Housing.INSTITUTION, 15);
        assertEquals(Housing.INSTITUTION, person.housing());
        conditions.apply(person, ConditionKind.MOVE_ON_FROM_SUPPORTED_HOUSING, 20);
        assertEquals(Housing.OWN, person.housing());
        assertEquals(-1, person.placeRegion(), "the supported place is given back");
    }

    @Test void arrangedCareMeetsTheNeed() {
        Person person = releasedWithout(true, 0);
        conditions.apply(person, ConditionKind.ARRANGE_CARE, 20);
        assertTrue(person.isCareMet());
    }

    @Test void aDebtApproachIsStarted() {
        Person person = releasedWithout(true, 0);
        conditions.apply(person, ConditionKind.DEBT_APPROACH, 20);
        assertTrue(person.hasDebtApproach());
    }

    @Test void anInsuranceDefaultRegistersArrears() {
        Person person = releasedWithout(true, 0);
        conditions.apply(person, ConditionKind.INSURANCE_DEFAULT, 20);
        assertTrue(person.hasInsuranceArrears());
    }

    @Test void aStartedCourseIsEducation() {
        Person person = releasedWithout(true, 0);
        conditions.apply(person, ConditionKind.START_EDUCATION, 20);
        assertTrue(person.isInEducation());
    }

    @Test void aFinishedCourseGivesAStartQualificationAtItsProbability() {
        int n = 4000, qualified = 0;
        for (int i = 0; i < n; i++) {
            Person person = releasedWithout(true, 0);
            person.startEducation();
            conditions.apply(person, ConditionKind.END_EDUCATION, 20);
            assertFalse(person.isInEducation());
            if (person.hasStartQualification()) qualified++;
        }
        double p = world.parameters.conditions().probabilityQualifiedByEducation();
        assertEquals(p, qualified / (double) n, 4 * Math.sqrt(p * (1 - p) / n));
    }

    // What follows when a change comes up on its day (ConditionChange.onDay).

    /** Drives the condition phase to the day the person's shelter bed is found, and returns that day. */
    private int untilShelterFound(Person person) {
        person.openMunicipalCase(0, 5000);
        conditions.reschedule(person, RELEASE_DAY);
        int due = person.conditionDue(ConditionKind.FIND_SHELTER);
        for (int day = RELEASE_DAY + 1; day <= due; day++) conditions.onDay(day);
        assertEquals(Housing.SHELTER, person.housing());
        return due;
    }

    @Test void aChangeIsAnnouncedWithTheReleaseItFollows() {
        Person person = releasedWithout(true, 0);
        int day = untilShelterFound(person);
        assertTrue(world.events(ConditionChanged.class).contains(
                new ConditionChanged(day, person.id(), ConditionKind.FIND_SHELTER, RELEASE_DAY, false)));
    }

    @Test void aChangeReTimesThePersonsOtherChanges() {
        Person person = releasedWithout(true, 0);
        int day = untilShelterFound(person);
        assertEquals(-1, person.conditionDue(ConditionKind.FIND_SHELTER), "in a shelter: no shelter to find");
        assertTrue(person.conditionDue(ConditionKind.LEAVE_SHELTER) > day, "and the stay will end");
    }

    @Test void aChangeAfterReleaseReTimesTheNextOffence() {
        Person person = releasedWithout(true, 0);
        Recidivism recidivism = world.mechanisms.recidivism();
        recidivism.startRisk(person, RELEASE_DAY);
        double homeless = person.hazardMultiplier();
        int day = untilShelterFound(person);
        assertEquals(recidivism.multiplier(person, day), person.hazardMultiplier(), 1e-12);
        assertTrue(person.hazardMultiplier() < homeless, "a shelter bed is less risky than no address");
        assertEquals(day, person.hazardFromDay());
    }

    @Test void aJobComesUpAsHeldSixMonthsOnItsSixMonthDay() {
        Person person = releasedWithout(true, 0);
        person.startWork(20);
        conditions.reschedule(person, 20);
        assertEquals(20 + Person.SIX_MONTHS_DAYS, person.conditionDue(ConditionKind.WORK_SIX_MONTHS));
        person.loseIncome();
        conditions.reschedule(person, 40);
        assertEquals(-1, person.conditionDue(ConditionKind.WORK_SIX_MONTHS), "a job lost before is never held six months");
    }

    @Test void noSixMonthMomentForAJobHeldLongerOrDuringDetention() {
        Person longHeld = releasedWithout(true, 0);
        longHeld.startWork(20);
        conditions.reschedule(longHeld, 20 + Person.SIX_MONTHS_DAYS);
        assertEquals(-1, longHeld.conditionDue(ConditionKind.WORK_SIX_MONTHS), "the six months are reached today, not later");
        Person detained = world.detained(30, 0, 300, true, 0);
        detained.startWork(0);
        conditions.reschedule(detained, 20);
        assertEquals(-1, detained.conditionDue(ConditionKind.WORK_SIX_MONTHS));
    }

    // Which changes can happen, and at what pace (ConditionChange.fillMeans).

    private double mean(Person person, ConditionKind kind) { return conditions.meanDays(person, kind, 20); }

    @Test void aHomeIsSoughtOnlyByWhoHasNoRegisteredAddressAndNoneReadyForTheRelease() {
        Person homeless = releasedWithout(true, 0);
        assertTrue(Double.isFinite(mean(homeless, ConditionKind.FIND_HOUSING)));
        homeless.setHousing(Housing.OWN);
        assertTrue(Double.isInfinite(mean(homeless, ConditionKind.FIND_HOUSING)), "a registered address");
        Person detained = world.detained(30, 0, 300, true, 0);
        detained.setHousing(Housing.NONE);
        detained.openMunicipalCase(0, Integer.MAX_VALUE / 2);
        assertTrue(Double.isFinite(mean(detained, ConditionKind.FIND_HOUSING)));
        detained.prepareHousingForRelease();
        assertTrue(Double.isInfinite(mean(detained, ConditionKind.FIND_HOUSING)), "a home ready for the release");
    }

    @Test void careIsArrangedOnlyForAnUnmetNeed() {
        Person person = releasedWithout(true, 0);
        assertTrue(Double.isInfinite(mean(person, ConditionKind.ARRANGE_CARE)), "no need");
        person.setEntryConditions(true, Housing.NONE, Income.NONE, Person.NO_WORK_START, false, false, true, false);
        assertTrue(Double.isFinite(mean(person, ConditionKind.ARRANGE_CARE)));
        person.meetCareNeed();
        assertTrue(Double.isInfinite(mean(person, ConditionKind.ARRANGE_CARE)), "need met");
    }

    @Test void aDebtApproachStartsOnlyForProblematicDebtsWithoutOne() {
        Person person = releasedWithout(true, 0);
        assertTrue(Double.isInfinite(mean(person, ConditionKind.DEBT_APPROACH)), "no debts");
        person.setEntryConditions(true, Housing.NONE, Income.NONE, Person.NO_WORK_START, true, false, false, false);
        assertTrue(Double.isFinite(mean(person, ConditionKind.DEBT_APPROACH)));
        person.startDebtApproach();
        assertTrue(Double.isInfinite(mean(person, ConditionKind.DEBT_APPROACH)), "approach started");
    }

    @Test void aJobIsLostAfterReleaseAtItsPaceAndOnlyByWhoWorks() {
        Person person = releasedWithout(true, 0);
        assertTrue(Double.isInfinite(mean(person, ConditionKind.LOSE_JOB)));
        person.startWork(15);
        assertEquals(world.parameters.conditions().meanDaysJobKeptAfterRelease(), mean(person, ConditionKind.LOSE_JOB));
        Person detained = world.detained(30, 0, 300, true, 0);
        detained.startWork(0);
        assertTrue(Double.isInfinite(mean(detained, ConditionKind.LOSE_JOB)), "in detention a job is lost by detention damage");
    }

    @Test void theShelterStayAndTheWaitForABedEachEndAtTheirOwnPace() {
        var places = world.parameters.accommodation();
        Fixture oneBed = new Fixture(world.parameters, LeverSchedule.none(world.calendar), Fixture.housingPlaces(1, 1, 1000),
                new Fixture.Place(SizeClass.G4, true, true, 1000, 0));
        Person inBed = oneBed.detained(30, 0, 10, true, 0), waiting = oneBed.detained(30, 0, 10, true, 0);
        for (Person p : new Person[] { inBed, waiting }) {
            p.setHousing(Housing.NONE);
            p.release(10);
            oneBed.mechanisms.accommodation().move(p, Housing.SHELTER, 15);
        }
        ConditionChange here = oneBed.mechanisms.conditions();
        assertEquals(places.meanDaysInShelter(), here.meanDays(inBed, ConditionKind.LEAVE_SHELTER, 20));
        assertEquals(places.meanDaysWaitingForShelter(), here.meanDays(waiting, ConditionKind.LEAVE_SHELTER, 20));
        assertTrue(Double.isInfinite(here.meanDays(waiting, ConditionKind.FIND_SHELTER, 20)), "who waits for a bed is not looking again");
    }

    @Test void supportedHousingEndsAtItsPace() {
        Person person = releasedWithout(true, 0);
        assertTrue(Double.isInfinite(mean(person, ConditionKind.MOVE_ON_FROM_SUPPORTED_HOUSING)));
        world.mechanisms.accommodation().move(person, Housing.INSTITUTION, 15);
        assertEquals(world.parameters.accommodation().meanDaysInSupportedHousing(), mean(person, ConditionKind.MOVE_ON_FROM_SUPPORTED_HOUSING));
    }

    @Test void withoutSupportWorkComesMoreSlowly() {
        Person alone = releasedWithout(true, 0);
        Person helped = releasedWithout(true, 0);
        helped.openMunicipalCase(0, 200);
        assertEquals(world.parameters.conditions().unsupportedRateRatio(),
                mean(helped, ConditionKind.FIND_WORK) / mean(alone, ConditionKind.FIND_WORK), 1e-12);
    }
}
