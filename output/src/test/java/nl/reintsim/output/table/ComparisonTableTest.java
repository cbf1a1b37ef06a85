package nl.reintsim.output.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.PersonGroup;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.simulation.model.SizeClass;
import org.junit.jupiter.api.Test;

/**
 * comparison.csv: one row per (alternative, kpi, size class), with the gap between the largest and the smallest class;
 * comparison-groups.csv: one per (alternative, outcome, group of released people).
 */
class ComparisonTableTest {
    private static List<ReplicationKpis> runs(String scenario, double national, double g4, double small, double noise) {
        List<ReplicationKpis> runs = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            double shift = noise * r;
            Map<SizeClass, Double> classes = new EnumMap<>(SizeClass.class);
            for (SizeClass c : SizeClass.values()) classes.put(c, national + shift);
            classes.put(SizeClass.G4, g4 + shift);
            classes.put(SizeClass.UNDER_20K, small + shift);
            runs.add(new ReplicationKpis(scenario, r, Map.of(Kpi.RECIDIVISM_2Y, national + shift),
                    Map.of(Kpi.RECIDIVISM_2Y, classes), Map.of(), Map.of(), new EnumMap<>(Kpi.class), null));
        }
        return runs;
    }

    private static Object[] row(Table table, String kpi, String sizeClass) {
        return table.rows().stream().filter(r -> r[2].equals(kpi) && r[3].equals(sizeClass)).findFirst().orElseThrow();
    }

    @Test void aPolicyThatHelpsOnlySmallMunicipalitiesNarrowsTheGapInEveryRun() {
        Table table = ResultTables.comparison(List.of(runs("baseline", 0.50, 0.45, 0.55, 0.01), runs("alt", 0.49, 0.45, 0.50, 0.01)));
        Object[] national = row(table, "recidivism_2y", ResultTables.ALL);
        assertEquals(-0.01, (double) national[6], 1e-12);
        assertEquals(1.0, (double) national[10], "lower recidivism in every pair");
        Object[] small = row(table, "recidivism_2y", "under_20k");
        assertEquals(-0.05, (double) small[6], 1e-12);
        assertEquals(0.0, (double) row(table, "recidivism_2y", "g4")[6], 1e-12);
        Object[] gap = row(table, "recidivism_2y", ResultTables.GAP);
        assertEquals(-0.10, (double) gap[4], 1e-12, "baseline gap G4 − under 20k");
        assertEquals(-0.05, (double) gap[5], 1e-12, "the alternative's gap");
        assertEquals(1.0, (double) gap[10], "narrower in every pair");
    }

    private static List<ReplicationKpis> groupRuns(String scenario, double young, double old) {
        List<ReplicationKpis> runs = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            Map<PersonGroup, Double> groups = new EnumMap<>(PersonGroup.class);
            for (PersonGroup g : PersonGroup.values()) groups.put(g, old + 0.01 * r);
            groups.put(PersonGroup.AGE_18_24, young + 0.01 * r);
            runs.add(new ReplicationKpis(scenario, r, Map.of(Kpi.RECIDIVISM_2Y, old), Map.of(), Map.of(Kpi.RECIDIVISM_2Y, groups), Map.of(),
                    new EnumMap<>(Kpi.class), null));
        }
        return runs;
    }

    @Test void aPolicyForTheYoungShowsItsDifferenceInTheirGroupOnly() {
        Table table = ResultTables.comparisonByGroup(List.of(groupRuns("baseline", 0.60, 0.45), groupRuns("alt", 0.55, 0.45)));
        Object[] young = table.rows().stream().filter(r -> r[2].equals("recidivism_2y") && r[4].equals("age_18_24")).findFirst().orElseThrow();
        assertEquals("age", young[3]);
        assertEquals(-0.05, (double) young[7], 1e-12);
        assertEquals(1.0, (double) young[11], "lower in every pair");
        Object[] women = table.rows().stream().filter(r -> r[2].equals("recidivism_2y") && r[4].equals("women")).findFirst().orElseThrow();
        assertEquals(0.0, (double) women[7], 1e-12);
        assertEquals(0, table.rows().stream().filter(r -> r[2].equals("recidivism_1y")).count(), "no groups for it, no rows");
    }

    @Test void kpisWithoutSizeClassesGetOnlyANationalRow() {
        Table table = ResultTables.comparison(List.of(runs("baseline", 0.5, 0.5, 0.5, 0.01), runs("alt", 0.5, 0.5, 0.5, 0.01)));
        long releases = table.rows().stream().filter(r -> r[2].equals("releases_per_year")).count();
        assertEquals(1, releases);
    }
}
