package nl.reintsim.output.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test void meanSdAndStudentIntervalOfKnownValues() {
        Summary s = Summary.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(3, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
        // t(0.975, 4) = 2.776445
        assertEquals(2.776445 * Math.sqrt(2.5) / Math.sqrt(5), s.halfWidth(), 1e-5);
        assertEquals(5, s.n());
    }

    @Test void missingValuesAreLeftOutAndCounted() {
        Summary s = Summary.of(new double[] {1, Double.NaN, 3});
        assertEquals(2, s.mean(), 1e-12);
        assertEquals(2, s.n());
    }

    @Test void oneValueHasNoInterval() {
        Summary s = Summary.of(new double[] {7});
        assertEquals(7, s.mean());
        assertTrue(Double.isNaN(s.ci95Low()));
    }
}
