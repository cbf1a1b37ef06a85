package nl.reintsim.output.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.observation.Released;
import nl.reintsim.simulation.observation.Reoffended;
import nl.reintsim.simulation.time.SimCalendar;
import org.junit.jupiter.api.Test;

class KpiAccumulatorTest {
    private final SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 1, 1), 1, 4);
    private final int start = calendar.measurementStartDay();
    private final KpiAccumulator accumulator = new KpiAccumulator("test", 0, calendar);

    private void release(int person, int day, int stay) {
        accumulator.on(new Released(day, person, 1, DetentionType.SHORT_SENTENCE, stay, 30, true));
    }

    @Test void warmUpReleasesAreNotCounted() {
        release(0, start - 10, 30);
        release(1, start + 10, 30);
        assertEquals(1 / calendar.measurementYears(), accumulator.result().value(Kpi.RELEASES_PER_YEAR), 1e-12);
    }

    @Test void twoYearRecidivismCountsOnlyFirstOffencesWithinTwoYearsOfMonitorReleases() {
        release(0, start, 30);
        release(1, start, 30);
        release(2, start, 30);
        release(3, start, 5);          // too short a stay for the monitor population
        accumulator.on(new Reoffended(start + 100, 0, start, 1, false));
        accumulator.on(new Reoffended(start + 200, 0, start, 2, false));   // a second offence counts once
        accumulator.on(new Reoffended(start + 800, 1, start, 1, false));   // after two years
        accumulator.on(new Reoffended(start + 50, 3, start, 1, false));
        ReplicationKpis kpis = accumulator.result();
        assertEquals(1 / 3.0, kpis.value(Kpi.RECIDIVISM_2Y), 1e-12);
        assertEquals(1 / 3.0, kpis.value(Kpi.RECIDIVISM_1Y), 1e-12);
    }

    @Test void releasesWithoutTwoYearsOfFollowUpAreLeftOutOfTheTwoYearCohort() {
        int late = calendar.totalDays() - 400;
        release(0, late, 30);
        accumulator.on(new Reoffended(late + 10, 0, late, 1, false));
        ReplicationKpis kpis = accumulator.result();
        assertTrue(Double.isNaN(kpis.value(Kpi.RECIDIVISM_2Y)));
        assertEquals(1.0, kpis.value(Kpi.RECIDIVISM_1Y));
    }

    @Test void redetentionCountsANewDetentionWithinTwoYearsOfTheRelease() {
        release(0, start, 30);
        release(1, start, 30);
        accumulator.on(new Detained(start + 300, 0, 2, DetentionType.PRE_TRIAL, 20, start));
        assertEquals(0.5, accumulator.result().value(Kpi.REDETENTION_2Y), 1e-12);
    }

    @Test void stayShareBoundariesFollowTheBriefsWording() {
        release(0, start, 28);    // at most four weeks
        release(1, start, 29);
        release(2, start, 90);    // less than three months
        release(3, start, 91);
        ReplicationKpis kpis = accumulator.result();
        assertEquals(0.25, kpis.value(Kpi.SHARE_STAYS_UNDER_4_WEEKS), 1e-12);
        assertEquals(0.75, kpis.value(Kpi.SHARE_STAYS_UNDER_3_MONTHS), 1e-12);
    }
}
