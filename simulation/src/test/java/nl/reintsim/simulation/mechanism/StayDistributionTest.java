package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import nl.reintsim.simulation.parameters.StayParameters;
import org.junit.jupiter.api.Test;

/** Stay lengths: a lognormal cut at the longest stay, and the stays of the people inside a prison in steady state. */
class StayDistributionTest {
    /** The pre-trial spread of the first fit: wide enough that the cut matters. */
    private final StayDistribution stay = new StayDistribution(new StayParameters(0.4, 36, 1.73, 730));

    @Test void theMeanInClosedFormIsTheMeanOfTheDraws() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 1_000_000;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += stay.days(random.nextDouble());
        assertEquals(sum / n, stay.meanDays(), 0.01 * stay.meanDays());
    }

    @Test void everyStayLiesBetweenOneDayAndTheLongest() {
        assertEquals(1, stay.days(1e-12));
        assertEquals(730, stay.days(1 - 1e-12));
        for (double u = 0.001; u < 1; u += 0.001) {
            int days = stay.days(u);
            assertTrue(days >= 1 && days <= 730, u + " gives " + days);
        }
    }

    /** Weighting each draw by its length must give the length-biased distribution's draws. */
    @Test void lengthBiasedStaysAreStaysWeightedByTheirLength() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 1_000_000;
        double weighted = 0, weightedLong = 0;
        for (int i = 0; i < n; i++) {
            int days = stay.days(random.nextDouble());
            weighted += days;
            if (days > 365) weightedLong += days;
        }
        StayDistribution inside = stay.lengthBiased();
        int longInside = 0;
        for (int i = 0; i < n; i++) if (inside.days(random.nextDouble()) > 365) longInside++;
        assertEquals(weightedLong / weighted, longInside / (double) n, 0.01);
    }
}
