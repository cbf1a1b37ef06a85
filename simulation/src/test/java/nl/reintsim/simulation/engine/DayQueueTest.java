package nl.reintsim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DayQueueTest {
    @Test void entriesComeBackOnTheirDayInInsertionOrder() {
        DayQueue queue = new DayQueue(10);
        for (int id = 0; id < 20; id++) queue.add(3, 19 - id);
        queue.add(4, 99);
        int[] today = queue.take(3);
        assertEquals(20, queue.size(3));
        assertArrayEquals(java.util.stream.IntStream.range(0, 20).map(i -> 19 - i).toArray(), Arrays.copyOf(today, 20));
    }

    @Test void aDrainedDayIsEmptyAfterwards() {
        DayQueue queue = new DayQueue(10);
        queue.add(2, 7);
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        queue.drain(2, seen::add);
        queue.drain(2, seen::add);
        assertEquals(java.util.List.of(7), seen);
    }

    @Test void anEventBeyondTheHorizonIsDropped() {
        DayQueue queue = new DayQueue(10);
        assertFalse(queue.add(10, 1));
    }

    /** An entry for a day already drained would never come up: a fault in the caller, so it is refused. */
    @Test void anEntryForADayThatHasComeUpIsRefusedAndOneForTodayWaitsForTodaysNextDrain() {
        DayQueue queue = new DayQueue(10);
        queue.drain(5, id -> { });
        assertThrows(IllegalStateException.class, () -> queue.add(4, 1));
        assertTrue(queue.add(5, 2));
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        queue.drain(5, seen::add);
        assertEquals(java.util.List.of(2), seen);
    }

    /** A copy refuses the same days as its original. */
    @Test void aCopyRemembersWhichDaysHaveComeUp() {
        DayQueue original = new DayQueue(10);
        original.drain(5, id -> { });
        DayQueue copy = new DayQueue(10);
        copy.copyFrom(original);
        assertThrows(IllegalStateException.class, () -> copy.add(4, 1));
    }

    /** Drained days hand their arrays on to later days: what a later day returns is only its own entries. */
    @Test void aLaterDayReturnsOnlyItsOwnEntriesAfterEarlierDaysWereDrained() {
        DayQueue queue = new DayQueue(100);
        for (int day = 0; day < 99; day++) {
            int count = day % 7 == 0 ? 50 : 1 + day % 3;
            for (int i = 0; i < count; i++) queue.add(day + 1, 1000 * day + i);
            java.util.List<Integer> seen = new java.util.ArrayList<>();
            queue.drain(day + 1, seen::add);
            int first = 1000 * day;
            assertEquals(java.util.stream.IntStream.range(0, count).mapToObj(i -> first + i).toList(), seen);
        }
    }

    /** Adds are written to their days in batches: many batches later, each day still has its entries in order. */
    @Test void entriesAddedOverManyBatchesComeBackInInsertionOrder() {
        DayQueue queue = new DayQueue(20);
        for (int i = 0; i < 3000; i++) queue.add(5 + i % 3, i);
        assertEquals(1000, queue.size(6));
        for (int day = 5; day < 8; day++) {
            java.util.List<Integer> seen = new java.util.ArrayList<>();
            queue.drain(day, seen::add);
            assertEquals(java.util.stream.IntStream.iterate(day - 5, i -> i < 3000, i -> i + 3).boxed().toList(), seen);
        }
    }

    @Test void theWarmingPassSeesEveryEntryBeforeTheFirstIsHandled() {
        DayQueue queue = new DayQueue(10);
        for (int id = 0; id < 5; id++) queue.add(2, id);
        java.util.List<String> calls = new java.util.ArrayList<>();
        queue.drain(2, (entries, count) -> {
            for (int i = 0; i < count; i++) calls.add("warm " + entries[i]);
        }, id -> calls.add("handle " + id));
        assertEquals(java.util.List.of("warm 0", "warm 1", "warm 2", "warm 3", "warm 4",
                "handle 0", "handle 1", "handle 2", "handle 3", "handle 4"), calls);
    }
}
