package nl.reintsim.simulation.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntIntMapTest {
    @Test void aRemovedKeyIsGoneAndTheOthersStayFindable() {
        IntIntMap map = new IntIntMap();
        for (int k = 0; k < 100; k++) map.put(k, 1000 + k);
        assertTrue(map.remove(37));
        assertFalse(map.remove(37));
        assertFalse(map.containsKey(37));
        for (int k = 0; k < 100; k++) if (k != 37) assertEquals(1000 + k, map.get(k, -1));
        assertEquals(99, map.size());
    }

    /** Many colliding puts and removes, wrapping around the table's end, must agree with a HashMap throughout. */
    @Test void behavesLikeAHashMapUnderChurn() {
        IntIntMap map = new IntIntMap();
        Map<Integer, Integer> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int step = 0; step < 200_000; step++) {
            int key = random.nextInt(3_000);
            switch (random.nextInt(3)) {
                case 0 -> { map.put(key, step); reference.put(key, step); }
                case 1 -> assertEquals(reference.remove(key) != null, map.remove(key));
                default -> assertEquals(reference.getOrDefault(key, -1), map.get(key, -1));
            }
            assertEquals(reference.size(), map.size());
        }
        for (int key = 0; key < 3_000; key++) assertEquals(reference.containsKey(key), map.containsKey(key));
    }
}
