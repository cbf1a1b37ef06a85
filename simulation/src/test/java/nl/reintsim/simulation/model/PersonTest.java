package nl.reintsim.simulation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A person's pending condition changes: day, draw count and mean share one packed value per kind. */
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
}
