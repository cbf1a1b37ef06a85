package nl.reintsim.output.kpi;

import java.util.EnumMap;
import java.util.Map;

/**
 * The indicators of one replication: one value per KPI over the measurement period, and monthly
 * series indexed from the first measured month (NaN where a month has no value, such as 2-year
 * recidivism for releases less than two years before the horizon).
 */
public record ReplicationKpis(String scenario, int replication, Map<Kpi, Double> values, Map<Kpi, double[]> monthly) {
    public ReplicationKpis {
        values = Map.copyOf(new EnumMap<>(values));
        monthly = Map.copyOf(new EnumMap<>(monthly));
    }

    public double value(Kpi kpi) {
        Double v = values.get(kpi);
        return v == null ? Double.NaN : v;
    }
}
