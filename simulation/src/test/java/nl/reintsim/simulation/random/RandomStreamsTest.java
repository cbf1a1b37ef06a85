package nl.reintsim.simulation.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
    @Test void sameSeedReplicationAndPurposeGiveTheSameNumbers() {
        SplitMix64 a = RandomStreams.forReplication(7, 3).stream(RandomPurpose.ARRIVAL);
        SplitMix64 b = RandomStreams.forReplication(7, 3).stream(RandomPurpose.ARRIVAL);
        for (int i = 0; i < 100; i++) assertEquals(a.nextLong(), b.nextLong());
    }

    @Test void purposesReplicationsAndSeedsGetDifferentStreams() {
        long base = RandomStreams.forReplication(7, 3).stream(RandomPurpose.ARRIVAL).nextLong();
        assertNotEquals(base, RandomStreams.forReplication(7, 3).stream(RandomPurpose.RECIDIVISM).nextLong());
        assertNotEquals(base, RandomStreams.forReplication(7, 4).stream(RandomPurpose.ARRIVAL).nextLong());
        assertNotEquals(base, RandomStreams.forReplication(8, 3).stream(RandomPurpose.ARRIVAL).nextLong());
    }

    @Test void streamSeedDependsOnThePurposeNameNotItsPosition() {
        assertEquals(RandomStreams.seedFor(1, 0, "RECIDIVISM"), RandomStreams.seedFor(1, 0, RandomPurpose.RECIDIVISM.name()));
        assertNotEquals(RandomStreams.seedFor(1, 0, "RECIDIVISM"), RandomStreams.seedFor(1, 0, "REDETENTION"));
    }

    @Test void keyedDrawsDoNotDependOnTheOrderTheyAreTakenIn() {
        KeyedRandom keyed = RandomStreams.forReplication(1, 0).keyed(RandomPurpose.RECIDIVISM);
        double first = keyed.uniform(42, Occasion.of(1, 0));
        for (int person = 0; person < 1000; person++) keyed.uniform(person, Occasion.of(2, 5));
        assertEquals(first, keyed.uniform(42, Occasion.of(1, 0)));
    }

    @Test void keyedDrawsAreUniform() {
        KeyedRandom keyed = RandomStreams.forReplication(1, 0).keyed(RandomPurpose.PREPARATION);
        double[] sample = new double[20_000];
        for (int i = 0; i < sample.length; i++) sample[i] = keyed.uniform(i, Occasion.of(1 + i % 3, i % 7));
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), sample);
        assertTrue(p > 0.001, "uniformity rejected, p = " + p);
    }

    @Test void neighbouringKeysAreUncorrelated() {
        KeyedRandom keyed = RandomStreams.forReplication(1, 0).keyed(RandomPurpose.PREPARATION);
        int n = 20_000;
        double sxy = 0, sx = 0, sy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            double x = keyed.uniform(i, 0), y = keyed.uniform(i + 1, 0);
            sx += x; sy += y; sxy += x * y; sxx += x * x; syy += y * y;
        }
        double r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
        assertTrue(Math.abs(r) < 0.03, "correlation " + r);
    }
}
