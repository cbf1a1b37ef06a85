package nl.reintsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.reintsim.output.kpi.Kpi;
import org.junit.jupiter.api.Test;

/** The summary printed after a comparison shows each difference with an interval a reader can see the width of. */
class StudySummaryTest {
    @Test void aDifferenceGetsTheDecimalsThatShowItsIntervalsWidth() {
        assertEquals("-1.09 pp (-1.10 to -1.07)", Study.difference(Kpi.RECIDIVISM_2Y, -0.0109, -0.0110, -0.0107));
        // two decimals would print "-0.02 pp (-0.02 to -0.02)"
        assertEquals("-0.020 pp (-0.022 to -0.017)", Study.difference(Kpi.RECIDIVISM_2Y, -0.000197, -0.000222, -0.000173));
        assertEquals("+0.002 pp (-0.001 to +0.004)", Study.difference(Kpi.NO_ID_AT_RELEASE, 0.000015, -0.000012, 0.000038));
        assertEquals("+0.0021 pp (+0.0012 to +0.0030)", Study.difference(Kpi.NO_ID_AT_RELEASE, 0.000021, 0.000012, 0.000030));
    }

    @Test void aCostDifferenceInMillionsGetsTheDecimalsThatShowItsInterval() {
        assertEquals("     +34.9 (+34.8 to +35.1)", Study.millions(34.9e6, 34.8e6, 35.1e6));
        // one decimal would print "-0.0 (-0.1 to -0.0)"
        assertEquals("     -0.04 (-0.05 to -0.02)", Study.millions(-37_040, -50_642, -23_438));
    }

    @Test void aDifferenceFromOneRunHasNoIntervalAndTwoDecimals() {
        assertEquals("-0.02 pp", Study.difference(Kpi.RECIDIVISM_2Y, -0.000197, Double.NaN, Double.NaN));
    }
}
