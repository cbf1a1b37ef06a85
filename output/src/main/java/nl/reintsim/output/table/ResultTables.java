package nl.reintsim.output.table;

import java.time.YearMonth;
import java.util.List;
import java.util.function.IntFunction;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.KpiAccumulator;
import nl.reintsim.output.kpi.PersonGroup;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.statistics.PairedDifference;
import nl.reintsim.output.statistics.Percentiles;
import nl.reintsim.output.statistics.Summary;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.ConditionSnapshot;

/** The tidy tables of a run or comparison, built from per-replication KPIs in replication order. */
public final class ResultTables {
    private ResultTables() { }

    /** A KPI's level across replications, its interval cut at the values the KPI can take (a share between 0 and 1). */
    public static Summary level(Kpi kpi, double[] values) {
        return Summary.of(values).within(kpi.lowest(), kpi.highest());
    }

    /** One row per (scenario, kpi): mean, 95% CI of the mean, sd, n. */
    public static Table summary(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("scenario", "kpi", "mean", "ci95_low", "ci95_high", "sd", "n");
        for (List<ReplicationKpis> runs : byScenario) {
            String scenario = runs.get(0).scenario();
            for (Kpi kpi : Kpi.values()) {
                Summary s = level(kpi, values(runs, kpi));
                table.add(scenario, kpi.key(), s.mean(), s.ci95Low(), s.ci95High(), s.sd(), s.n());
            }
        }
        return table;
    }

    /**
     * One row per (scenario, month, kpi): mean and 95% CI of the mean across replications, and the
     * 2.5–97.5 percentile band of single replications. Months where no replication has a value are left out.
     */
    public static Table timeseries(List<List<ReplicationKpis>> byScenario, IntFunction<YearMonth> month) {
        Table table = new Table("scenario", "month", "kpi", "mean", "ci95_low", "ci95_high", "p2_5", "p97_5", "n");
        for (List<ReplicationKpis> runs : byScenario) {
            String scenario = runs.get(0).scenario();
            int months = runs.get(0).monthly().values().stream().mapToInt(a -> a.length).max().orElse(0);
            for (int m = 0; m < months; m++) {
                for (Kpi kpi : Kpi.values()) {
                    if (!runs.get(0).monthly().containsKey(kpi)) continue;
                    double[] values = new double[runs.size()];
                    for (int r = 0; r < runs.size(); r++) values[r] = runs.get(r).monthly().get(kpi)[m];
                    Summary s = level(kpi, values);
                    if (s.n() == 0) continue;
                    double[] band = Percentiles.band95(values);
                    table.add(scenario, month.apply(m).toString(), kpi.key(), s.mean(), s.ci95Low(), s.ci95High(),
                            band[0], band[1], s.n());
                }
            }
        }
        return table;
    }

    /** One row per (scenario, size class, kpi) for the KPIs defined per person: the inequality question. */
    public static Table bySizeClass(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("scenario", "size_class", "kpi", "mean", "ci95_low", "ci95_high", "sd", "n");
        for (List<ReplicationKpis> runs : byScenario) {
            String scenario = runs.get(0).scenario();
            for (SizeClass sizeClass : SizeClass.values()) {
                for (Kpi kpi : Kpi.values()) {
                    if (!runs.get(0).bySizeClass().containsKey(kpi)) continue;
                    Summary s = level(kpi, values(runs, kpi, sizeClass));
                    table.add(scenario, sizeClass.key(), kpi.key(), s.mean(), s.ci95Low(), s.ci95High(), s.sd(), s.n());
                }
            }
        }
        return table;
    }

    /**
     * One row per (scenario, person group, outcome): the "for whom" beyond municipality size. Empty when the results
     * have no groups (read from an output folder written before them).
     */
    public static Table byGroup(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("scenario", "dimension", "group", "kpi", "mean", "ci95_low", "ci95_high", "sd", "n");
        for (List<ReplicationKpis> runs : byScenario) {
            String scenario = runs.get(0).scenario();
            for (PersonGroup group : PersonGroup.values()) {
                for (Kpi kpi : PersonGroup.OUTCOMES) {
                    if (!runs.get(0).byGroup().containsKey(kpi)) continue;
                    Summary s = level(kpi, values(runs, kpi, group));
                    table.add(scenario, group.dimension().key(), group.key(), kpi.key(), s.mean(), s.ci95Low(), s.ci95High(), s.sd(), s.n());
                }
            }
        }
        return table;
    }

    /** The paired difference of every alternative against the first scenario, per person group and outcome. */
    public static Table comparisonByGroup(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("alternative", "baseline", "kpi", "dimension", "group", "baseline_mean", "alternative_mean", "difference",
                "ci95_low", "ci95_high", "relative_change", "share_of_runs_better", "n");
        List<ReplicationKpis> baseline = byScenario.get(0);
        for (List<ReplicationKpis> alternative : byScenario.subList(1, byScenario.size())) {
            for (Kpi kpi : PersonGroup.OUTCOMES) {
                if (!baseline.get(0).byGroup().containsKey(kpi)) continue;
                for (PersonGroup group : PersonGroup.values()) {
                    double[] alt = values(alternative, kpi, group);
                    PairedDifference d = PairedDifference.of(values(baseline, kpi, group), alt, lowerIsBetter(kpi));
                    table.add(alternative.get(0).scenario(), baseline.get(0).scenario(), kpi.key(), group.dimension().key(), group.key(),
                            d.baselineMean(), Summary.of(alt).mean(), d.difference().mean(), d.difference().ci95Low(),
                            d.difference().ci95High(), d.relativeChange(), d.shareBetter(), d.difference().n());
                }
            }
        }
        return table;
    }

    /** The WODC monitor's table: per (scenario, condition, moment) the share, with its 95% CI. */
    public static Table monitor(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("scenario", "condition", "moment", "mean", "ci95_low", "ci95_high", "n");
        for (List<ReplicationKpis> runs : byScenario) {
            String scenario = runs.get(0).scenario();
            for (String condition : KpiAccumulator.MONITOR_CONDITIONS) {
                for (ConditionSnapshot.Moment moment : ConditionSnapshot.Moment.values()) {
                    double[] values = new double[runs.size()];
                    for (int r = 0; r < runs.size(); r++) values[r] = runs.get(r).monitor(condition, moment.key());
                    Summary s = Summary.of(values).within(0, 1);
                    table.add(scenario, condition, moment.key(), s.mean(), s.ci95Low(), s.ci95High(), s.n());
                }
            }
        }
        return table;
    }

    /** The size_class value of national rows, and of the rows on the gap between the largest and the smallest class. */
    public static final String ALL = "all";
    public static final String GAP = "gap_g4_minus_under_20k";

    /**
     * One row per (alternative, kpi, size class): the paired difference against the first scenario,
     * nationally ("all"), per size class for the KPIs defined per person, and for the gap between the
     * largest and the smallest class (G4 minus under 20,000), the inequality the RSJ and the clients'
     * council worry about: there "better" means the gap narrowed.
     */
    public static Table comparison(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("alternative", "baseline", "kpi", "size_class", "baseline_mean", "alternative_mean", "difference",
                "ci95_low", "ci95_high", "relative_change", "share_of_runs_better", "n");
        List<ReplicationKpis> baseline = byScenario.get(0);
        for (List<ReplicationKpis> alternative : byScenario.subList(1, byScenario.size())) {
            String name = alternative.get(0).scenario();
            for (Kpi kpi : Kpi.values()) {
                Boolean lowerIsBetter = lowerIsBetter(kpi);
                addDifference(table, name, baseline, kpi, ALL, values(baseline, kpi), values(alternative, kpi), lowerIsBetter);
                if (!baseline.get(0).bySizeClass().containsKey(kpi)) continue;
                for (SizeClass sizeClass : SizeClass.values()) {
                    addDifference(table, name, baseline, kpi, sizeClass.key(), values(baseline, kpi, sizeClass),
                            values(alternative, kpi, sizeClass), lowerIsBetter);
                }
                double[] baseGap = gap(baseline, kpi);
                double[] altGap = gap(alternative, kpi);
                PairedDifference d = PairedDifference.of(baseGap, altGap, null);
                int narrowed = 0, pairs = 0;
                for (int i = 0; i < baseGap.length; i++) {
                    if (Double.isNaN(baseGap[i]) || Double.isNaN(altGap[i])) continue;
                    pairs++;
                    if (Math.abs(altGap[i]) < Math.abs(baseGap[i])) narrowed++;
                }
                table.add(name, baseline.get(0).scenario(), kpi.key(), GAP, d.baselineMean(), Summary.of(altGap).mean(),
                        d.difference().mean(), d.difference().ci95Low(), d.difference().ci95High(), d.relativeChange(),
                        pairs == 0 ? Double.NaN : (double) narrowed / pairs, d.difference().n());
            }
        }
        return table;
    }

    private static void addDifference(Table table, String alternative, List<ReplicationKpis> baseline, Kpi kpi, String sizeClass,
                                      double[] base, double[] alt, Boolean lowerIsBetter) {
        PairedDifference d = PairedDifference.of(base, alt, lowerIsBetter);
        table.add(alternative, baseline.get(0).scenario(), kpi.key(), sizeClass, d.baselineMean(), Summary.of(alt).mean(),
                d.difference().mean(), d.difference().ci95Low(), d.difference().ci95High(), d.relativeChange(), d.shareBetter(),
                d.difference().n());
    }

    /** Per replication: the KPI in the G4 minus the KPI in municipalities under 20,000 inhabitants. */
    static double[] gap(List<ReplicationKpis> runs, Kpi kpi) {
        double[] largest = values(runs, kpi, SizeClass.G4);
        double[] smallest = values(runs, kpi, SizeClass.UNDER_20K);
        double[] gap = new double[runs.size()];
        for (int i = 0; i < gap.length; i++) gap[i] = largest[i] - smallest[i];
        return gap;
    }

    /** True, false, or null when the KPI has no better direction. */
    public static Boolean lowerIsBetter(Kpi kpi) {
        return switch (kpi.direction()) {
            case LOWER_IS_BETTER -> Boolean.TRUE;
            case HIGHER_IS_BETTER -> Boolean.FALSE;
            case NEUTRAL -> null;
        };
    }

    public static double[] values(List<ReplicationKpis> runs, Kpi kpi, SizeClass sizeClass) {
        double[] values = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) values[i] = runs.get(i).value(kpi, sizeClass);
        return values;
    }

    public static double[] values(List<ReplicationKpis> runs, Kpi kpi, PersonGroup group) {
        double[] values = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) values[i] = runs.get(i).value(kpi, group);
        return values;
    }

    public static double[] values(List<ReplicationKpis> runs, Kpi kpi) {
        double[] values = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) values[i] = runs.get(i).value(kpi);
        return values;
    }
}
