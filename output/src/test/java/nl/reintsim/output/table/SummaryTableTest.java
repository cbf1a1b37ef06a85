package nl.reintsim.output.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.ReplicationKpis;
import org.junit.jupiter.api.Test;

/** summary.csv: a KPI's level across replications, its interval within the values the KPI can take. */
class SummaryTableTest {
    private static ReplicationKpis run(int replication, double share, double persons) {
        return new ReplicationKpis("baseline", replication, Map.of(Kpi.NO_ID_AT_RELEASE, share, Kpi.SHELTER_QUEUE, persons),
                Map.of(), Map.of(), Map.of(), new EnumMap<>(Kpi.class), null);
    }

    private static Object[] row(Table table, Kpi kpi) {
        return table.rows().stream().filter(r -> r[1].equals(kpi.key())).findFirst().orElseThrow();
    }

    @Test void aRareShareFromTwoRunsHasNoIntervalBelowZero() {
        Table table = ResultTables.summary(List.of(List.of(run(0, 0.001, 10), run(1, 0.004, 4000))));
        Object[] share = row(table, Kpi.NO_ID_AT_RELEASE);
        assertEquals(0.0025, (double) share[2], 1e-12);
        assertEquals(0.0, (double) share[3], "cut at 0");
        assertTrue((double) share[4] > 0.004 && (double) share[4] < 1, "the upper end as Student t gives it");
        Object[] queue = row(table, Kpi.SHELTER_QUEUE);
        assertEquals(0.0, (double) queue[3], "a queue is not negative either");
        assertTrue((double) queue[4] > 4000, "and has no upper bound");
    }
}
