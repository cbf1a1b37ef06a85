package nl.reintsim.output.kpi;

import java.util.EnumMap;
import java.util.Map;
import nl.reintsim.simulation.model.SizeClass;

/** Counts of "how many of how many" per KPI, nationally and per municipality size class. */
final class Tally {
    private static final int CLASSES = SizeClass.values().length;
    private final long[][] hits = new long[Kpi.values().length][CLASSES + 1];
    private final long[][] totals = new long[Kpi.values().length][CLASSES + 1];

    void count(Kpi kpi, SizeClass sizeClass, boolean hit) {
        int k = kpi.ordinal();
        totals[k][0]++;
        totals[k][sizeClass.ordinal() + 1]++;
        if (hit) {
            hits[k][0]++;
            hits[k][sizeClass.ordinal() + 1]++;
        }
    }

    /** Adds a hit to an observation already counted (a later event completing it). */
    void hit(Kpi kpi, SizeClass sizeClass) {
        hits[kpi.ordinal()][0]++;
        hits[kpi.ordinal()][sizeClass.ordinal() + 1]++;
    }

    boolean isCounted(Kpi kpi) { return totals[kpi.ordinal()][0] > 0; }

    double share(Kpi kpi) { return ratio(hits[kpi.ordinal()][0], totals[kpi.ordinal()][0]); }

    Map<SizeClass, Double> shareBySizeClass(Kpi kpi) {
        Map<SizeClass, Double> byClass = new EnumMap<>(SizeClass.class);
        for (SizeClass c : SizeClass.values()) {
            byClass.put(c, ratio(hits[kpi.ordinal()][c.ordinal() + 1], totals[kpi.ordinal()][c.ordinal() + 1]));
        }
        return byClass;
    }

    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
