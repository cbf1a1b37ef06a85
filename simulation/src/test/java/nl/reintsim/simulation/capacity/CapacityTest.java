package nl.reintsim.simulation.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapacityTest {
    /** One slot, taken by person 1 on day 0; person 2 waits from day 1, person 3 from day 2. */
    private static Capacity oneSlotTakenByPersonOneThenTwoAndThreeWaiting() {
        Capacity capacity = new Capacity("test", 1);
        capacity.request(1, 0);
        capacity.request(2, 1);
        capacity.request(3, 2);
        return capacity;
    }

    @Test void neverMoreOccupiedThanItsSlots() {
        Capacity capacity = new Capacity("test", 2);
        assertTrue(capacity.request(1, 0));
        assertTrue(capacity.request(2, 0));
        assertFalse(capacity.request(3, 0));
        assertEquals(2, capacity.occupied());
        assertEquals(1, capacity.waiting());
    }

    @Test void aFreedSlotGoesToWhoWaitedLongest() {
        Capacity capacity = new Capacity("test", 1);
        capacity.request(1, 0);
        capacity.request(2, 3);
        capacity.request(3, 5);
        Capacity.Waiting next = capacity.free();
        assertEquals(2, next.personId());
        assertEquals(3, next.sinceDay());
        assertEquals(1, capacity.occupied());
    }

    @Test void aWithdrawnRequestIsNotServed() {
        Capacity capacity = new Capacity("test", 1);
        capacity.request(1, 0);
        capacity.request(2, 1);
        assertTrue(capacity.withdraw(2));
        assertNull(capacity.free());
        assertEquals(0, capacity.occupied());
    }

    @Test void nobodyQueuesForACapacityThatDoesNotExist() {
        Capacity none = new Capacity("none", 0);
        assertFalse(none.request(1, 0));
        assertEquals(0, none.waiting());
    }

    @Test void freeingAnEmptyCapacityIsAnError() {
        assertThrows(IllegalStateException.class, () -> new Capacity("test", 1).free());
    }

    @Test void addedSlotsAdmitTheWaitingInOrder() {
        Capacity capacity = oneSlotTakenByPersonOneThenTwoAndThreeWaiting();
        capacity.addSlots(1);
        assertEquals(2, capacity.admitWaiting().personId());
        assertNull(capacity.admitWaiting());
        assertEquals(2, capacity.occupied());
        assertEquals(1, capacity.waiting());
    }

    @Test void releasingASlotDoesNotHandItOn() {
        Capacity capacity = new Capacity("test", 1);
        capacity.request(1, 0);
        capacity.request(2, 1);
        capacity.release();
        assertEquals(0, capacity.occupied());
        assertEquals(1, capacity.waiting());
    }

    /** The queue keeps arrival order while it is served from the front and grows at the back, long past its first size. */
    @Test void servesInArrivalOrderWhileTheQueueGrowsAndShrinks() {
        Capacity capacity = new Capacity("test", 1);
        capacity.request(0, 0);
        int next = 1;
        int served = 1;
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 7; i++, next++) capacity.request(next, next);
            for (int i = 0; i < 5; i++, served++) assertEquals(served, capacity.free().personId());
        }
        assertEquals(next - served, capacity.waiting());
    }

    @Test void aRequestMadeAgainAfterWithdrawingWaitsFromItsNewDay() {
        Capacity capacity = oneSlotTakenByPersonOneThenTwoAndThreeWaiting();
        capacity.withdraw(2);
        capacity.request(2, 3);
        assertEquals(3, capacity.free().personId());
        Capacity.Waiting again = capacity.free();
        assertEquals(2, again.personId());
        assertEquals(3, again.sinceDay());
    }
}
