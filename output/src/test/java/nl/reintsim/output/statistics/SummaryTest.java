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

    @Test void anIntervalIsCutAtTheBoundsTheValuesCanTake() {
        Summary twoRuns = Summary.of(new double[] {0.001, 0.004});
        assertTrue(twoRuns.ci95Low() < 0, "Student t with one degree of freedom reaches below zero");
        Summary share = twoRuns.within(0, 1);
        assertEquals(0, share.ci95Low());
        assertEquals(twoRuns.ci95High(), share.ci95High(), "the other end is within its bound and stays");
        assertEquals(twoRuns.mean(), share.mean());
        assertEquals(twoRuns.sd(), share.sd());
        assertEquals(1, Summary.of(new double[] {0.995, 0.999}).within(0, 1).ci95High());
    }
}
