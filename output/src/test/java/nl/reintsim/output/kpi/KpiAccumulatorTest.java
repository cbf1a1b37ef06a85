package nl.reintsim.output.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.reintsim.output.cost.TestCosts;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Conditions;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.CaseOpened;
import nl.reintsim.simulation.observation.ConditionChanged;
import nl.reintsim.simulation.observation.ConditionSnapshot;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.observation.Released;
import nl.reintsim.simulation.observation.Reoffended;
import nl.reintsim.simulation.time.SimCalendar;
import org.junit.jupiter.api.Test;

class KpiAccumulatorTest {
    private static final List<Municipality> TABLE = List.of(
            new Municipality(0, "A", "Big", 900_000, SizeClass.G4, "R1", 10),
            new Municipality(1, "B", "Small", 10_000, SizeClass.UNDER_20K, "R1", 3));
    private final SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 1, 1), 1, 4);
    private final int start = calendar.measurementStartDay();
    private final KpiAccumulator accumulator = new KpiAccumulator("test", 0, calendar, TABLE, TestCosts.parameters());

    private static Conditions conditions(boolean id, Housing housing, Income income) {
        return new Conditions(id, housing, income, false, false, false, false, false, false, false);
    }

    private void release(int person, int day, int stay, int municipality, Conditions c, boolean workAtEntry) {
        accumulator.on(new Released(day, person, 1, DetentionType.SHORT_SENTENCE, stay, 30, municipality, c,
                true, false, false, false, false, false, workAtEntry, true));
    }

    private void release(int person, int day, int stay) {
        release(person, day, stay, 0, conditions(true, Housing.OWN, Income.NONE), false);
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

    @Test void recidivismIsReportedPerSizeClassOfTheMunicipalityOfRelease() {
        Conditions c = conditions(true, Housing.OWN, Income.NONE);
        release(0, start, 30, 0, c, false);
        release(1, start, 30, 0, c, false);
        release(2, start, 30, 1, c, false);
        accumulator.on(new Reoffended(start + 100, 0, start, 1, false));
        accumulator.on(new Reoffended(start + 100, 2, start, 1, false));
        ReplicationKpis kpis = accumulator.result();
        assertEquals(0.5, kpis.value(Kpi.RECIDIVISM_2Y, SizeClass.G4), 1e-12);
        assertEquals(1.0, kpis.value(Kpi.RECIDIVISM_2Y, SizeClass.UNDER_20K), 1e-12);
        assertEquals(2 / 3.0, kpis.value(Kpi.RECIDIVISM_2Y), 1e-12);
        assertTrue(Double.isNaN(kpis.value(Kpi.RECIDIVISM_2Y, SizeClass.FROM_50K_TO_100K)), "no releases there");
    }

    private void release(int person, double ageYears, DetentionType type, boolean probation, boolean male) {
        accumulator.on(new Released(start, person, 1, type, 30, ageYears, 0, conditions(true, Housing.OWN, Income.NONE),
                true, false, false, false, probation, false, false, male));
    }

    @Test void recidivismIsReportedPerGroupOfReleasedPeople() {
        release(0, 20, DetentionType.SHORT_SENTENCE, true, true);
        release(1, 40, DetentionType.SHORT_SENTENCE, false, false);
        release(2, 22, DetentionType.LONG_SENTENCE, false, true);
        accumulator.on(new Reoffended(start + 100, 0, start, 1, false));
        accumulator.on(new Detained(start + 300, 0, 2, DetentionType.PRE_TRIAL, 20, start, 0));
        ReplicationKpis kpis = accumulator.result();
        assertEquals(0.5, kpis.value(Kpi.RECIDIVISM_2Y, PersonGroup.AGE_18_24), 1e-12);
        assertEquals(0.0, kpis.value(Kpi.RECIDIVISM_2Y, PersonGroup.AGE_36_49), 1e-12);
        assertEquals(0.5, kpis.value(Kpi.RECIDIVISM_2Y, PersonGroup.SHORT_SENTENCE), 1e-12);
        assertEquals(0.0, kpis.value(Kpi.RECIDIVISM_2Y, PersonGroup.LONG_SENTENCE), 1e-12);
        assertEquals(1.0, kpis.value(Kpi.RECIDIVISM_1Y, PersonGroup.PROBATION), 1e-12);
        assertEquals(0.0, kpis.value(Kpi.RECIDIVISM_1Y, PersonGroup.NO_FRAMEWORK), 1e-12);
        assertEquals(0.5, kpis.value(Kpi.REDETENTION_2Y, PersonGroup.MEN), 1e-12);
        assertEquals(0.0, kpis.value(Kpi.REDETENTION_2Y, PersonGroup.WOMEN), 1e-12);
        assertTrue(Double.isNaN(kpis.value(Kpi.RECIDIVISM_2Y, PersonGroup.PRE_TRIAL)), "nobody released from pre-trial detention");
    }

    @Test void theFirstTwoAgeBandsAreTheAgesARioTakes() {
        release(0, 24.9, DetentionType.SHORT_SENTENCE, false, true);
        release(1, 35.0, DetentionType.SHORT_SENTENCE, false, true);
        release(2, 35.5, DetentionType.SHORT_SENTENCE, false, true);
        release(3, 50.0, DetentionType.SHORT_SENTENCE, false, true);
        for (int person = 0; person < 4; person++) accumulator.on(new Reoffended(start + 10 + person, person, start, 1, false));
        ReplicationKpis kpis = accumulator.result();
        for (PersonGroup band : List.of(PersonGroup.AGE_18_24, PersonGroup.AGE_25_35, PersonGroup.AGE_36_49, PersonGroup.AGE_50_PLUS)) {
            assertEquals(1.0, kpis.value(Kpi.RECIDIVISM_2Y, band), 1e-12, band + " holds one of the four");
        }
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
        accumulator.on(new Detained(start + 300, 0, 2, DetentionType.PRE_TRIAL, 20, start, 0));
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

    @Test void conditionsAtReleaseAreReportedPerSizeClass() {
        release(0, start, 30, 0, conditions(false, Housing.OWN, Income.NONE), false);
        release(1, start, 30, 1, conditions(true, Housing.OWN, Income.NONE), false);
        release(2, start, 30, 1, conditions(true, Housing.OWN, Income.NONE), false);
        ReplicationKpis kpis = accumulator.result();
        assertEquals(1 / 3.0, kpis.value(Kpi.NO_ID_AT_RELEASE), 1e-12);
        assertEquals(1.0, kpis.value(Kpi.NO_ID_AT_RELEASE, SizeClass.G4), 1e-12);
        assertEquals(0.0, kpis.value(Kpi.NO_ID_AT_RELEASE, SizeClass.UNDER_20K), 1e-12);
    }

    @Test void workWithinTwoYearsCountsAJobFoundAfterRelease() {
        release(0, start, 30);
        release(1, start, 30, 0, conditions(true, Housing.OWN, Income.WORK), true);
        release(2, start, 30);
        accumulator.on(new ConditionChanged(start + 300, 0, ConditionKind.FIND_WORK, start, false));
        ReplicationKpis kpis = accumulator.result();
        assertEquals(2 / 3.0, kpis.value(Kpi.WORK_WITHIN_2Y), 1e-12);
        assertEquals(0.5, kpis.value(Kpi.JOB_FOUND_AFTER_RELEASE), 1e-12);
        assertEquals(1.0, kpis.value(Kpi.JOB_RETAINED_SHORT_STAY), 1e-12);
    }

    @Test void conditionsAreAlsoReportedByMonthOfRelease() {
        int nextMonth = start + 40;
        release(0, start, 30, 0, conditions(false, Housing.OWN, Income.NONE), false);
        release(1, start, 30, 0, conditions(true, Housing.OWN, Income.NONE), false);
        release(2, nextMonth, 30, 0, conditions(true, Housing.OWN, Income.NONE), false);
        Conditions noAddress = conditions(true, Housing.NONE, Income.WORK);
        accumulator.on(new ConditionSnapshot(nextMonth + 30, 2, ConditionSnapshot.Moment.ONE_MONTH_AFTER, nextMonth, -1, 0, noAddress, false));
        ReplicationKpis kpis = accumulator.result();
        int month = calendar.monthIndex(nextMonth) - calendar.monthIndex(start);
        assertEquals(0.5, kpis.monthly().get(Kpi.NO_ID_AT_RELEASE)[0], 1e-12);
        assertEquals(0.0, kpis.monthly().get(Kpi.NO_ID_AT_RELEASE)[month], 1e-12);
        assertEquals(1.0, kpis.monthly().get(Kpi.NO_ADDRESS_AFTER_RELEASE)[month], 1e-12);
        assertEquals(0.0, kpis.monthly().get(Kpi.NO_INCOME_MONTH_AFTER)[month], 1e-12);
        assertTrue(Double.isNaN(kpis.monthly().get(Kpi.NO_ADDRESS_AFTER_RELEASE)[0]), "no one observed a month after a release in the first month");
    }

    @Test void releaseMonthsNearTheHorizonAreLeftOutOfTheMonthAfterSeries() {
        int lastObservable = calendar.totalDays() - 31;
        int incompleteMonthStart = lastObservable;
        while (calendar.monthIndex(incompleteMonthStart - 1) == calendar.monthIndex(lastObservable)) incompleteMonthStart--;
        int earlier = incompleteMonthStart - 10;
        Conditions noAddress = conditions(true, Housing.NONE, Income.NONE);
        for (int[] person : new int[][] {{0, incompleteMonthStart}, {1, earlier}}) {
            release(person[0], person[1], 30, 0, noAddress, false);
            accumulator.on(new ConditionSnapshot(person[1] + 30, person[0], ConditionSnapshot.Moment.ONE_MONTH_AFTER, person[1], -1, 0,
                    noAddress, false));
        }
        double[] series = accumulator.result().monthly().get(Kpi.NO_ADDRESS_AFTER_RELEASE);
        int first = calendar.monthIndex(start);
        assertTrue(Double.isNaN(series[calendar.monthIndex(incompleteMonthStart) - first]),
                "the month's early releases are seen a month later, its late ones are not: left out");
        assertEquals(1.0, series[calendar.monthIndex(earlier) - first], 1e-12, "a month seen in full is kept");
    }

    @Test void coordinatorWaitsAreAveragedByTheMonthTheCaseOpens() {
        accumulator.on(new CaseOpened(start + 1, 0, 0, true, 10));
        accumulator.on(new CaseOpened(start + 2, 1, 0, true, 30));
        accumulator.on(new CaseOpened(start + 40, 2, 0, true, 4));
        double[] waits = accumulator.result().monthly().get(Kpi.COORDINATOR_WAIT_DAYS);
        assertEquals(20.0, waits[0], 1e-12);
        assertEquals(4.0, waits[calendar.monthIndex(start + 40) - calendar.monthIndex(start)], 1e-12);
        assertTrue(Double.isNaN(waits[waits.length - 1]), "no case opened in the last month");
    }

    @Test void theMonitorTableLeavesOutMomentsSpentBackInDetention() {
        release(0, start, 30);
        release(1, start, 30);
        Conditions noAddress = conditions(true, Housing.NONE, Income.NONE);
        accumulator.on(new ConditionSnapshot(start + 30, 0, ConditionSnapshot.Moment.ONE_MONTH_AFTER, start, -1, 0, noAddress, false));
        accumulator.on(new ConditionSnapshot(start + 30, 1, ConditionSnapshot.Moment.ONE_MONTH_AFTER, start, -1, 0, noAddress, true));
        ReplicationKpis kpis = accumulator.result();
        assertEquals(1.0, kpis.monitor("no_registered_address", "1m_after"), 1e-12);
        assertEquals(1.0, kpis.value(Kpi.NO_ADDRESS_AFTER_RELEASE), 1e-12);
    }

    @Test void noIdBeforeDetentionIsReadAtAdmissionForMonitorStaysEndingInTheMeasuredYears() {
        Conditions noId = conditions(false, Housing.OWN, Income.NONE);
        Conditions id = conditions(true, Housing.OWN, Income.NONE);
        accumulator.on(new ConditionSnapshot(start + 70, 0, ConditionSnapshot.Moment.SIX_MONTHS_BEFORE, start + 100, 30, 0, noId, true));
        accumulator.on(new ConditionSnapshot(start + 70, 1, ConditionSnapshot.Moment.SIX_MONTHS_BEFORE, start + 100, 30, 0, id, true));
        // a stay too short for the monitor, and one whose release falls in the warm-up
        accumulator.on(new ConditionSnapshot(start + 90, 2, ConditionSnapshot.Moment.SIX_MONTHS_BEFORE, start + 100, 10, 0, noId, true));
        accumulator.on(new ConditionSnapshot(start - 60, 3, ConditionSnapshot.Moment.SIX_MONTHS_BEFORE, start - 30, 30, 0, noId, true));
        ReplicationKpis kpis = accumulator.result();
        assertEquals(0.5, kpis.value(Kpi.NO_ID_6M_BEFORE), 1e-12);
        assertEquals(kpis.monitor("no_valid_id", "6m_before"), kpis.value(Kpi.NO_ID_6M_BEFORE), 1e-12, "the monitor table's cell");
    }

    @Test void noIdAYearAfterIsReadAtTheYearsMomentOfReleasesOutsideDetention() {
        release(0, start, 30);
        release(1, start, 30);
        release(2, start, 30);
        Conditions noId = conditions(false, Housing.OWN, Income.NONE);
        Conditions id = conditions(true, Housing.OWN, Income.NONE);
        accumulator.on(new ConditionSnapshot(start + 365, 0, ConditionSnapshot.Moment.ONE_YEAR_AFTER, start, -1, 0, noId, false));
        accumulator.on(new ConditionSnapshot(start + 365, 1, ConditionSnapshot.Moment.ONE_YEAR_AFTER, start, -1, 0, id, false));
        accumulator.on(new ConditionSnapshot(start + 365, 2, ConditionSnapshot.Moment.ONE_YEAR_AFTER, start, -1, 0, noId, true));
        // another moment does not count
        accumulator.on(new ConditionSnapshot(start + 182, 1, ConditionSnapshot.Moment.SIX_MONTHS_AFTER, start, -1, 0, noId, false));
        ReplicationKpis kpis = accumulator.result();
        assertEquals(0.5, kpis.value(Kpi.NO_ID_YEAR_AFTER), 1e-12, "the one back in detention is left out");
        assertEquals(kpis.monitor("no_valid_id", "12m_after"), kpis.value(Kpi.NO_ID_YEAR_AFTER), 1e-12, "the monitor table's cell");
    }

    @Test void aMonitorMomentOfAnEarlierReleaseCountsForThatReleaseAfterTheNextOne() {
        Conditions noAddress = conditions(true, Housing.NONE, Income.NONE);
        Conditions home = conditions(true, Housing.OWN, Income.NONE);
        release(0, start, 30, 1, noAddress, false);           // small municipality, in the monitor population
        release(0, start + 40, 30, 0, home, false);            // released again, from the big city
        release(0, start + 100, 5, 0, home, false);            // and again after a stay too short for the monitor
        // the one-year moment of the first release comes after both later ones
        Conditions defaulter = new Conditions(true, Housing.NONE, Income.NONE, false, false, false, false, true, false, false);
        accumulator.on(new ConditionSnapshot(start + 365, 0, ConditionSnapshot.Moment.ONE_YEAR_AFTER, start, -1, 0, defaulter, false));
        // a moment of the short stay's release is not in the monitor population
        accumulator.on(new ConditionSnapshot(start + 130, 0, ConditionSnapshot.Moment.ONE_MONTH_AFTER, start + 100, -1, 0, noAddress, false));
        // the second release's own moment, looked up after the third release
        accumulator.on(new ConditionSnapshot(start + 70, 0, ConditionSnapshot.Moment.ONE_MONTH_AFTER, start + 40, -1, 0, home, false));
        ReplicationKpis kpis = accumulator.result();
        assertEquals(1.0, kpis.monitor("no_registered_address", "12m_after"), 1e-12);
        assertEquals(0.0, kpis.monitor("no_registered_address", "1m_after"), 1e-12, "only the second release's month counts");
        assertEquals(1.0, kpis.value(Kpi.INSURANCE_DEFAULT_YEAR_AFTER, SizeClass.UNDER_20K), 1e-12, "the first release's class");
        assertTrue(Double.isNaN(kpis.value(Kpi.INSURANCE_DEFAULT_YEAR_AFTER, SizeClass.G4)), "not the class of a later release");
    }

    @Test void theLargeCityShareCountsTheThreeLargestMunicipalities() {
        release(0, start, 30, 0, conditions(true, Housing.OWN, Income.NONE), false);
        release(1, start, 30, 1, conditions(true, Housing.OWN, Income.NONE), false);
        // with two municipalities both are among "the three largest"
        assertEquals(1.0, accumulator.result().value(Kpi.LARGE_CITY_SHARE_OF_RELEASES), 1e-12);
    }
}
