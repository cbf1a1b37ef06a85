package nl.reintsim.output.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test void behavesLikeAMapThroughManyGrowths() {
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> reference = new HashMap<>();
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            long key = (long) random.nextInt(50_000) << 32 | random.nextInt(5000);
            int value = random.nextInt(5);
            map.put(key, value);
            reference.put(key, value);
        }
        assertEquals(reference.size(), map.size());
        reference.forEach((k, v) -> assertEquals(v.intValue(), map.get(k)));
        assertEquals(-1, map.get(-42L));
    }
}
