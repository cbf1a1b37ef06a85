package nl.reintsim.calibration;

import java.util.List;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.statistics.Summary;
import nl.reintsim.output.table.ResultTables;
import nl.reintsim.output.table.Table;

/** How well one scenario's replications match the targets: per target, and the total weighted distance. */
public final class FitReport {
    private FitReport() { }

    public static Table table(List<Target> targets, List<ReplicationKpis> runs) {
        Table table = new Table("kpi", "target", "tolerance", "weight", "simulated_mean", "ci95_low", "ci95_high", "within_tolerance",
                "distance", "population", "source");
        for (Target t : targets) {
            Summary s = ResultTables.level(t.kpi(), ResultTables.values(runs, t.kpi()));
            table.add(t.kpi().key(), t.value(), t.tolerance(), t.weight(), s.mean(), s.ci95Low(), s.ci95High(),
                    t.isMatched(s.mean()) ? "yes" : "no", t.distance(s.mean()), t.population(), t.source());
        }
        return table;
    }

    /** Sum of the targets' weighted squared distances, each in tolerances, at the mean over replications. */
    public static double distance(List<Target> targets, List<ReplicationKpis> runs) {
        double sum = 0;
        for (Target t : targets) sum += t.distance(Summary.of(ResultTables.values(runs, t.kpi())).mean());
        return sum;
    }
}
