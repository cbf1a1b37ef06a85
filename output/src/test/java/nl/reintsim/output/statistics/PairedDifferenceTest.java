package nl.reintsim.output.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {
    @Test void pairingNarrowsTheIntervalWhenRunsShareTheirLuck() {
        Random random = new Random(3);
        int n = 30;
        double[] baseline = new double[n];
        double[] alternative = new double[n];
        for (int i = 0; i < n; i++) {
            double luck = random.nextGaussian() * 0.02;       // shared by both runs of a pair
            baseline[i] = 0.49 + luck + random.nextGaussian() * 0.002;
            alternative[i] = 0.48 + luck + random.nextGaussian() * 0.002;
        }
        PairedDifference paired = PairedDifference.of(baseline, alternative, true);
        Summary unpaired = PairedDifference.unpaired(baseline, alternative);
        assertTrue(paired.difference().halfWidth() < unpaired.halfWidth() / 3,
                paired.difference().halfWidth() + " vs " + unpaired.halfWidth());
        assertEquals(-0.01, paired.difference().mean(), 0.003);
    }

    @Test void shareBetterCountsPairsImprovingInTheKpisDirection() {
        double[] baseline = {0.5, 0.5, 0.5, 0.5};
        double[] alternative = {0.4, 0.45, 0.55, 0.49};
        assertEquals(0.75, PairedDifference.of(baseline, alternative, true).shareBetter());
        assertEquals(0.25, PairedDifference.of(baseline, alternative, false).shareBetter());
        assertTrue(Double.isNaN(PairedDifference.of(baseline, alternative, null).shareBetter()));
    }

    @Test void relativeChangeIsTheDifferenceOverTheBaselineMean() {
        PairedDifference d = PairedDifference.of(new double[] {0.5, 0.5}, new double[] {0.45, 0.45}, true);
        assertEquals(-0.1, d.relativeChange(), 1e-12);
    }
}
