package nl.reintsim.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
