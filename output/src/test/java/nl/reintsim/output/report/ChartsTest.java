package nl.reintsim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.PersonGroup;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.model.SizeClass;
import org.junit.jupiter.api.Test;

/** Chart titles state the finding, so a reader who looks only at the picture still gets the result. */
class ChartsTest {
    private static List<ReplicationKpis> runs(String scenario, double recidivism) {
        double[] values = new double[4];
        for (int r = 0; r < 4; r++) values[r] = recidivism + 0.002 * r;
        return runs(scenario, values);
    }

    private static List<ReplicationKpis> runs(String scenario, double[] values) {
        List<ReplicationKpis> runs = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            double value = values[r];
            Map<SizeClass, Double> classes = new EnumMap<>(SizeClass.class);
            for (SizeClass c : SizeClass.values()) classes.put(c, value);
            classes.put(SizeClass.UNDER_20K, value + 0.05);
            classes.put(SizeClass.G4, value - 0.03);
            runs.add(new ReplicationKpis(scenario, r, Map.of(Kpi.RECIDIVISM_2Y, value), Map.of(Kpi.RECIDIVISM_2Y, classes), Map.of(), Map.of(),
                    new EnumMap<>(Kpi.class), null));
        }
        return runs;
    }

    private final List<List<ReplicationKpis>> results = List.of(runs("baseline", 0.45), runs("small-help", 0.44), runs("big-help", 0.42),
            runs("worse", 0.46));

    @Test void theDifferencesChartNamesTheAlternativeThatLowersRecidivismMost() {
        String title = Charts.differences(results, Language.EN).getTitle();
        assertTrue(title.startsWith("big-help lowers two-year recidivism most: -3.00 percentage points"), title);
    }

    @Test void aSmallFallIsTitledWithTheDecimalsThatShowItsInterval() {
        // 0.020 and 0.021 points lower in alternate runs: at two decimals "-0.02 (-0.02 to -0.02)"
        List<ReplicationKpis> lower = runs("id", new double[] {0.45 - 0.0002, 0.452 - 0.00021, 0.454 - 0.0002, 0.456 - 0.00021});
        String title = Charts.differences(List.of(runs("baseline", 0.45), lower), Language.EN).getTitle();
        assertEquals("id lowers two-year recidivism most: -0.0205 percentage points (-0.0214 to -0.0196)", title);
    }

    @Test void whenNothingHelpsTheDifferencesChartSaysSo() {
        String title = Charts.differences(List.of(runs("baseline", 0.45), runs("worse", 0.46)), Language.EN).getTitle();
        assertEquals("No alternative lowers two-year recidivism on average", title);
    }

    @Test void theSizeClassChartNamesTheReferencesHighestAndLowestClass() {
        String title = Charts.bySizeClass(results, Kpi.RECIDIVISM_2Y, Language.NL).getTitle();
        assertTrue(title.contains("het hoogst bij " + SizeClass.UNDER_20K.label() + " (50,3%)"), title);
        assertTrue(title.contains("het laagst bij " + SizeClass.G4.label() + " (42,3%)"), title);
    }

    @Test void aTimeSeriesTitleGivesTheReferenceAndTheBestAlternativeInTheKpisUnit() {
        Table timeseries = new Table("scenario", "month", "kpi", "mean", "ci95_low", "ci95_high", "p2_5", "p97_5", "n");
        for (String month : List.of("2027-01", "2027-02")) {
            timeseries.add("baseline", month, "coordinator_wait_days", 30.0, 28.0, 32.0, 20.0, 40.0, 4);
            timeseries.add("small-help", month, "coordinator_wait_days", 20.0, 18.0, 22.0, 10.0, 30.0, 4);
            timeseries.add("big-help", month, "coordinator_wait_days", 12.0, 10.0, 14.0, 5.0, 20.0, 4);
            timeseries.add("worse", month, "coordinator_wait_days", 40.0, 38.0, 42.0, 30.0, 50.0, 4);
        }
        String title = Charts.overTime(timeseries, results, Kpi.COORDINATOR_WAIT_DAYS, Language.EN).getTitle();
        assertEquals("Wait for a municipal coordinator: 30 days on average in the reference, 12 days in big-help", title);
        assertNull(Charts.overTime(timeseries, results, Kpi.RECIDIVISM_2Y, Language.EN), "no series, no chart");
    }

    @Test void aWaitUnderTenDaysIsGivenToATenthSoThatLessThanADayDoesNotReadAsOne() {
        Table timeseries = new Table("scenario", "month", "kpi", "mean", "ci95_low", "ci95_high", "p2_5", "p97_5", "n");
        for (String month : List.of("2027-01", "2027-02")) {
            timeseries.add("baseline", month, "coordinator_wait_days", 11.0, 10.0, 12.0, 5.0, 20.0, 4);
            timeseries.add("big-help", month, "coordinator_wait_days", 0.6, 0.4, 0.8, 0.0, 2.0, 4);
        }
        String title = Charts.overTime(timeseries, List.of(runs("baseline", 0.45), runs("big-help", 0.42)), Kpi.COORDINATOR_WAIT_DAYS,
                Language.NL).getTitle();
        assertEquals("Wachttijd op een gemeentelijke coördinator: gemiddeld 11 dagen in de referentie, 0,6 dagen bij big-help", title);
    }

    @Test void theDifferencesByGroupChartNamesTheGroupWithTheLargestFall() {
        List<List<ReplicationKpis>> grouped = new ArrayList<>();
        double[][] youngAndOld = {{0.60, 0.45}, {0.56, 0.45}, {0.60, 0.44}};
        String[] names = {"baseline", "rio", "other"};
        for (int s = 0; s < names.length; s++) {
            List<ReplicationKpis> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                Map<PersonGroup, Double> groups = new EnumMap<>(PersonGroup.class);
                for (PersonGroup g : PersonGroup.values()) groups.put(g, youngAndOld[s][1] + 0.002 * r);
                groups.put(PersonGroup.AGE_18_24, youngAndOld[s][0] + 0.002 * r);
                runs.add(new ReplicationKpis(names[s], r, Map.of(Kpi.RECIDIVISM_2Y, youngAndOld[s][1]), Map.of(), Map.of(Kpi.RECIDIVISM_2Y, groups), Map.of(),
                        new EnumMap<>(Kpi.class), null));
            }
            grouped.add(runs);
        }
        assertEquals("Two-year recidivism falls most in rio, in the group “aged 18–24”: -4.00 percentage points",
                Charts.differencesByGroup(grouped, Kpi.RECIDIVISM_2Y, Language.EN).getTitle());
        assertNull(Charts.differencesByGroup(results, Kpi.RECIDIVISM_2Y, Language.EN), "results without groups (an older folder): no chart");
    }

    @Test void theDifferencesByKpiChartNamesTheLargestDifferenceWhicheverKpiItIs() {
        String title = Charts.differencesByKpi(results, Language.EN).getTitle();
        assertEquals("The largest difference from the reference: two-year recidivism, -3.0 percentage points in big-help", title);
    }

    @Test void theSizeClassDifferencesChartNamesWhereAPolicyHelpsMost() {
        List<ReplicationKpis> helpsSmall = new ArrayList<>();
        for (ReplicationKpis r : runs("baseline", 0.45)) {
            Map<SizeClass, Double> classes = new EnumMap<>(r.bySizeClass().get(Kpi.RECIDIVISM_2Y));
            classes.put(SizeClass.UNDER_20K, classes.get(SizeClass.UNDER_20K) - 0.02);
            helpsSmall.add(new ReplicationKpis("helps-small", r.replication(), r.values(), Map.of(Kpi.RECIDIVISM_2Y, classes), Map.of(), Map.of(),
                    new EnumMap<>(Kpi.class), null));
        }
        String title = Charts.differencesBySizeClass(List.of(runs("baseline", 0.45), helpsSmall), Kpi.RECIDIVISM_2Y, Language.EN).getTitle();
        assertEquals("Two-year recidivism falls most in helps-small in municipalities " + SizeClass.UNDER_20K.label()
                + ": -2.00 percentage points", title);
    }
}
