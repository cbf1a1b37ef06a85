package nl.reintsim.simulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A person: the pending condition changes (day, draw count and mean share one packed value per kind), age, and
 * what a detention and the support after it record.
 */
class PersonTest {
    private final Person person = new Person(0, 30, 0, 1, true);

    @Test void aNewPersonHasNoChangeScheduledAndNoneDrawn() {
        for (ConditionKind kind : ConditionKind.values()) {
            assertEquals(-1, person.conditionDue(kind));
            assertEquals(0, person.conditionDraws(kind));
        }
    }

    @Test void dayDrawCountAndMeanOfAKindAreKeptApartFromEachOtherAndFromOtherKinds() {
        person.setConditionMean(ConditionKind.FIND_WORK, 123.25);
        person.setConditionDue(ConditionKind.FIND_WORK, 7300);
        assertEquals(0, person.nextConditionDraw(ConditionKind.FIND_WORK));
        assertEquals(1, person.nextConditionDraw(ConditionKind.FIND_WORK));
        person.setConditionDue(ConditionKind.FIND_HOUSING, Person.OUT_OF_SIGHT);
        assertEquals(7300, person.conditionDue(ConditionKind.FIND_WORK));
        assertEquals(2, person.conditionDraws(ConditionKind.FIND_WORK));
        assertEquals(123.25, person.conditionMean(ConditionKind.FIND_WORK));
        assertEquals(Person.OUT_OF_SIGHT, person.conditionDue(ConditionKind.FIND_HOUSING));
        assertEquals(0, person.conditionDraws(ConditionKind.FIND_HOUSING));
        person.setConditionDue(ConditionKind.FIND_WORK, -1);
        assertEquals(-1, person.conditionDue(ConditionKind.FIND_WORK));
        assertEquals(123.25, person.conditionMean(ConditionKind.FIND_WORK));
    }

    /** The draws' occasions use the count modulo 4096: that is all the packed value keeps. */
    @Test void theDrawCountWrapsAt4096WithoutTouchingTheDayOrTheMean() {
        person.setConditionDue(ConditionKind.LOSE_ID, 42);
        person.setConditionMean(ConditionKind.LOSE_ID, 900);
        for (int i = 0; i < 4096; i++) assertEquals(i, person.nextConditionDraw(ConditionKind.LOSE_ID));
        assertEquals(0, person.conditionDraws(ConditionKind.LOSE_ID));
        assertEquals(42, person.conditionDue(ConditionKind.LOSE_ID));
        assertEquals(900, person.conditionMean(ConditionKind.LOSE_ID));
    }

    @Test void aNewDetentionClearsDaysAndDrawCounts() {
        person.setConditionDue(ConditionKind.ARRANGE_ID, 30);
        person.nextConditionDraw(ConditionKind.ARRANGE_ID);
        person.detain(40, DetentionType.SHORT_SENTENCE, 100, false, false);
        assertEquals(-1, person.conditionDue(ConditionKind.ARRANGE_ID));
        assertEquals(0, person.conditionDraws(ConditionKind.ARRANGE_ID));
    }

    @Test void aDayThePackedValueCannotHoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> person.setConditionDue(ConditionKind.FIND_WORK, 1 << 20));
        assertThrows(IllegalArgumentException.class, () -> person.setConditionDue(ConditionKind.FIND_WORK, -2));
    }

    @Test void aPersonAgesAYearEvery365AndAQuarterDays() {
        Person older = new Person(1, 30, 100, 0, true);
        assertEquals(30, older.ageYears(100), 1e-12);
        assertEquals(34, older.ageYears(100 + 1461), 1e-12, "four years later");
    }

    @Test void aDetentionRemembersWhetherThePersonWorkedWhenItBegan() {
        person.startWork(0);
        person.detain(10, DetentionType.SHORT_SENTENCE, 100, false, false);
        assertTrue(person.hadWorkAtEpisodeStart());
        person.loseIncome();
        assertTrue(person.hadWorkAtEpisodeStart(), "losing the job in detention does not change how it began");
        person.release(100);
        person.detain(200, DetentionType.SHORT_SENTENCE, 300, false, false);
        assertFalse(person.hadWorkAtEpisodeStart());
    }

    @Test void aCaseCountsAsContactInDetentionOrAfterReleaseByWhenItOpened() {
        person.detain(10, DetentionType.SHORT_SENTENCE, 100, false, false);
        person.openMunicipalCase(0, 200);
        assertTrue(person.hadMunicipalContactInDetention());
        assertFalse(person.hadMunicipalContactAfterRelease());
        Person later = new Person(1, 30, 0, 0, true);
        later.detain(10, DetentionType.SHORT_SENTENCE, 100, false, false);
        later.release(100);
        later.openMunicipalCase(0, 200);
        assertFalse(later.hadMunicipalContactInDetention());
        assertTrue(later.hadMunicipalContactAfterRelease());
    }

    @Test void aJobIsHeldSixMonthsFromItsSixMonthDay() {
        person.startWork(50);
        assertFalse(person.isWorkOverSixMonths(50 + Person.SIX_MONTHS_DAYS - 1));
        assertTrue(person.isWorkOverSixMonths(50 + Person.SIX_MONTHS_DAYS));
    }

    @Test void supportLastsThroughItsLastDay() {
        person.openMunicipalCase(0, 200);
        person.startRio(0, 300);
        person.startProbation(400);
        assertTrue(person.hasMunicipalCase(200));
        assertFalse(person.hasMunicipalCase(201));
        assertTrue(person.hasRio(300));
        assertFalse(person.hasRio(301));
        assertTrue(person.isSupervisedByProbation(400));
        assertFalse(person.isSupervisedByProbation(401));
    }
}
