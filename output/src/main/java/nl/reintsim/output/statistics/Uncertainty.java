package nl.reintsim.output.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import nl.reintsim.output.cost.Payer;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.table.ResultTables;
import nl.reintsim.output.table.Table;

/**
 * What parameter uncertainty does to the results: runs of several parameter draws, each with the same few
 * replications. Per scenario and KPI (and per alternative, for the paired difference with the baseline):
 * <ul>
 *   <li>the mean over all runs and an uncertainty interval: the 2.5 and 97.5 percentiles of the draws' means,
 *       so it holds both what we do not know (the draws) and what is left of chance in each draw's mean;</li>
 *   <li>how a single run's variance splits into parameters and chance (one-way random-effects analysis of
 *       variance: within-draw variance is chance; the variance of draw means, less chance's share of it, is
 *       parameters);</li>
 *   <li>for differences, the share of draws in which the alternative is better, and for the societal net
 *       benefit the share of draws in which benefits exceed costs.</li>
 * </ul>
 */
public final class Uncertainty {
    /** The societal net benefit of an alternative (NPV, base-year euros): savings minus extra costs, positive is good. */
    public static final String NET_BENEFIT = "npv_net_benefit_eur";

    private Uncertainty() { }

    /** A measure's decomposition over draws. */
    public record Decomposition(double mean, double low, double high, double sdParameters, double sdChance,
                                double shareParameters, double[] drawMeans) {
        /** Share of draws whose mean is below zero (lower) or above zero (higher). */
        double shareOfDraws(boolean below) {
            int count = 0;
            for (double m : drawMeans) if (below ? m < 0 : m > 0) count++;
            return (double) count / drawMeans.length;
        }
    }

    /** {@code values[draw][replication]}: every draw must have the same number of replications, at least 2. */
    public static Decomposition decompose(double[][] values) {
        int draws = values.length;
        int replications = values[0].length;
        double[] means = new double[draws];
        double within = 0;
        double sum = 0;
        for (int d = 0; d < draws; d++) {
            if (values[d].length != replications) throw new IllegalArgumentException("draws differ in replications");
            Summary s = Summary.of(values[d]);
            means[d] = s.mean();
            within += s.sd() * s.sd();
            sum += s.mean();
        }
        within /= draws;
        double grand = sum / draws;
        double between = 0;
        for (double m : means) between += (m - grand) * (m - grand);
        between = draws > 1 ? between / (draws - 1) : 0;
        double parameters = Math.max(0, between - within / replications);
        double total = parameters + within;
        double[] band = Percentiles.band95(means);
        return new Decomposition(grand, band[0], band[1], Math.sqrt(parameters), Math.sqrt(within),
                total > 0 ? parameters / total : Double.NaN, means);
    }

    /**
     * uncertainty.csv: {@code byDraw.get(d).get(s)} holds the replications of scenario s under draw d; scenario 0
     * is the baseline when there are several.
     */
    public static Table table(List<List<List<ReplicationKpis>>> byDraw) {
        Table table = new Table("scenario", "baseline", "measure", "kpi", "mean", "ui95_low", "ui95_high", "sd_parameters",
                "sd_chance", "share_variance_parameters", "share_draws_better", "draws", "replications_per_draw");
        int scenarios = byDraw.get(0).size();
        int draws = byDraw.size();
        int replications = byDraw.get(0).get(0).size();
        for (int s = 0; s < scenarios; s++) {
            String name = byDraw.get(0).get(s).get(0).scenario();
            for (Kpi kpi : Kpi.values()) {
                int scenario = s;
                Decomposition d = decompose(matrix(byDraw, draw -> level(draw.get(scenario), kpi)));
                if (Double.isNaN(d.mean())) continue;
                table.add(name, "", "level", kpi.key(), d.mean(), d.low(), d.high(), d.sdParameters(), d.sdChance(),
                        d.shareParameters(), Double.NaN, draws, replications);
            }
        }
        String baseline = byDraw.get(0).get(0).get(0).scenario();
        for (int s = 1; s < scenarios; s++) {
            int scenario = s;
            String name = byDraw.get(0).get(s).get(0).scenario();
            for (Kpi kpi : Kpi.values()) {
                Decomposition d = decompose(matrix(byDraw, draw -> difference(draw.get(0), draw.get(scenario), r -> r.value(kpi))));
                if (Double.isNaN(d.mean())) continue;
                Boolean lower = ResultTables.lowerIsBetter(kpi);
                table.add(name, baseline, "difference", kpi.key(), d.mean(), d.low(), d.high(), d.sdParameters(), d.sdChance(),
                        d.shareParameters(), lower == null ? Double.NaN : d.shareOfDraws(lower), draws, replications);
            }
            Decomposition net = decompose(matrix(byDraw,
                    draw -> difference(draw.get(scenario), draw.get(0), r -> r.costs().netPresentValue((Payer) null))));
            table.add(name, baseline, "difference", NET_BENEFIT, net.mean(), net.low(), net.high(), net.sdParameters(), net.sdChance(),
                    net.shareParameters(), net.shareOfDraws(false), draws, replications);
        }
        return table;
    }

    private static double[] level(List<ReplicationKpis> runs, Kpi kpi) {
        return ResultTables.values(runs, kpi);
    }

    /** Per replication pair: {@code to - from}. */
    private static double[] difference(List<ReplicationKpis> from, List<ReplicationKpis> to, ToDoubleFunction<ReplicationKpis> value) {
        double[] d = new double[from.size()];
        for (int r = 0; r < d.length; r++) d[r] = value.applyAsDouble(to.get(r)) - value.applyAsDouble(from.get(r));
        return d;
    }

    private static double[][] matrix(List<List<List<ReplicationKpis>>> byDraw,
                                     java.util.function.Function<List<List<ReplicationKpis>>, double[]> perDraw) {
        List<double[]> rows = new ArrayList<>();
        for (List<List<ReplicationKpis>> draw : byDraw) rows.add(perDraw.apply(draw));
        return rows.toArray(double[][]::new);
    }
}
