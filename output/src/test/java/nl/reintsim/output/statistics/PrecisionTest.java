package nl.reintsim.output.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.reintsim.output.kpi.Kpi;
import org.junit.jupiter.api.Test;

class PrecisionTest {
    private static final Precision.Target TARGET = new Precision.Target(Kpi.RECIDIVISM_2Y, 0.005);

    @Test void aHalfWidthTwiceTheTargetAsksForAboutFourTimesTheReplications() {
        List<Precision.Status> wide = List.of(new Precision.Status("rio", TARGET, 0.010, 10));
        assertFalse(Precision.allMet(wide));
        assertEquals(44, Precision.nextTotal(wide, 10, 1000), "4 × 10 with a 10% margin");
    }

    @Test void theNextTotalNeverExceedsTheMaximumAndAlwaysAddsOne() {
        List<Precision.Status> wide = List.of(new Precision.Status("rio", TARGET, 0.05, 10));
        assertEquals(50, Precision.nextTotal(wide, 10, 50));
        List<Precision.Status> almost = List.of(new Precision.Status("rio", TARGET, 0.00501, 10));
        assertEquals(12, Precision.nextTotal(almost, 10, 50));
    }

    @Test void aTargetMetByEveryAlternativeStopsTheRun() {
        List<Precision.Status> met = List.of(new Precision.Status("a", TARGET, 0.004, 10), new Precision.Status("b", TARGET, 0.005, 10));
        assertTrue(Precision.allMet(met));
    }
}
