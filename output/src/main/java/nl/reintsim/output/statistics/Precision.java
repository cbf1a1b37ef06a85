package nl.reintsim.output.statistics;

import java.util.ArrayList;
import java.util.List;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.table.ResultTables;
import nl.reintsim.output.table.Table;

/**
 * Sequential precision for paired comparisons: keep adding replications until the 95% CI half-width of
 * each target KPI's paired difference, for every alternative, is at most its target. Replications are
 * seeded by their index, so the final result equals one run with that many replications.
 */
public final class Precision {
    private Precision() { }

    /** A requested half-width for the paired difference of one KPI. */
    public record Target(Kpi kpi, double halfWidth) { }

    /** Where one (alternative, target) stands. */
    public record Status(String alternative, Target target, double halfWidth, int replications) {
        public boolean met() { return halfWidth <= target.halfWidth(); }
    }

    public static List<Status> status(List<List<ReplicationKpis>> byScenario, List<Target> targets) {
        List<ReplicationKpis> baseline = byScenario.get(0);
        List<Status> statuses = new ArrayList<>();
        for (List<ReplicationKpis> alternative : byScenario.subList(1, byScenario.size())) {
            for (Target target : targets) {
                Summary d = PairedDifference.of(ResultTables.values(baseline, target.kpi()),
                        ResultTables.values(alternative, target.kpi()), null).difference();
                double half = d.n() < 2 ? Double.POSITIVE_INFINITY : (d.ci95High() - d.ci95Low()) / 2;
                statuses.add(new Status(alternative.get(0).scenario(), target, half, baseline.size()));
            }
        }
        return statuses;
    }

    public static boolean allMet(List<Status> statuses) {
        return statuses.stream().allMatch(Status::met);
    }

    /**
     * Replications after which every target should be met, from the half-width's 1/√n law with a 10%
     * margin; at least one more than now, at most {@code maximum}.
     */
    public static int nextTotal(List<Status> statuses, int now, int maximum) {
        double needed = now + 1;
        for (Status s : statuses) {
            if (s.met()) continue;
            double ratio = s.halfWidth() / s.target().halfWidth();
            needed = Math.max(needed, Double.isInfinite(ratio) ? 2.0 * now : Math.ceil(1.1 * now * ratio * ratio));
        }
        return (int) Math.min(maximum, needed);
    }

    public static Table table(List<Status> statuses) {
        Table table = new Table("alternative", "kpi", "target_half_width", "half_width", "met", "replications");
        for (Status s : statuses) {
            table.add(s.alternative(), s.target().kpi().key(), s.target().halfWidth(), s.halfWidth(), s.met() ? "yes" : "no",
                    s.replications());
        }
        return table;
    }
}
