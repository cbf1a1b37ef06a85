package nl.reintsim.output.kpi;

import java.util.EnumMap;
import java.util.Map;
import nl.reintsim.output.cost.CostAccount;
import nl.reintsim.simulation.model.SizeClass;

/**
 * The indicators of one replication: one value per KPI over the measurement period, the same per
 * municipality size class where it is defined per person and per {@link PersonGroup} for the outcomes (empty when
 * read from an output folder written before the groups were), the monitor table (condition × moment), and
 * monthly series indexed from the first measured month (NaN where a month has no value), and the cost
 * ledger (null where costs were not kept).
 */
public record ReplicationKpis(String scenario, int replication, Map<Kpi, Double> values,
                              Map<Kpi, Map<SizeClass, Double>> bySizeClass, Map<Kpi, Map<PersonGroup, Double>> byGroup,
                              Map<String, Double> monitor,
                              Map<Kpi, double[]> monthly, CostAccount costs) {
    public ReplicationKpis {
        values = Map.copyOf(new EnumMap<>(values));
        bySizeClass = Map.copyOf(bySizeClass);
        byGroup = Map.copyOf(byGroup);
        monitor = Map.copyOf(monitor);
        monthly = Map.copyOf(new EnumMap<>(monthly));
    }

    public double value(Kpi kpi) {
        Double v = values.get(kpi);
        return v == null ? Double.NaN : v;
    }

    public double value(Kpi kpi, SizeClass sizeClass) {
        Map<SizeClass, Double> byClass = bySizeClass.get(kpi);
        Double v = byClass == null ? null : byClass.get(sizeClass);
        return v == null ? Double.NaN : v;
    }

    public double value(Kpi kpi, PersonGroup group) {
        Map<PersonGroup, Double> byKind = byGroup.get(kpi);
        Double v = byKind == null ? null : byKind.get(group);
        return v == null ? Double.NaN : v;
    }

    /** Share lacking {@code condition} at {@code moment}, e.g. ("no_valid_id", "at_release"). */
    public double monitor(String condition, String moment) {
        Double v = monitor.get(condition + "@" + moment);
        return v == null ? Double.NaN : v;
    }
}
