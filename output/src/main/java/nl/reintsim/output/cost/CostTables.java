package nl.reintsim.output.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.statistics.PairedDifference;
import nl.reintsim.output.statistics.Percentiles;
import nl.reintsim.output.statistics.Summary;
import nl.reintsim.output.table.ResultTables;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.SizeClass;

/**
 * The cost tables: costs per year, payer and category; the municipal part per size class; and, for a
 * comparison, the difference per payer with its net present value and the social cost-benefit figures.
 * All amounts are in base-year prices; only net present values are discounted.
 */
public final class CostTables {
    /** Spending on the policy itself: reintegration activities and housing provisions. */
    public static final Set<CostCategory> INTERVENTION = EnumSet.of(CostCategory.CASE_MANAGERS, CostCategory.PROBATION,
            CostCategory.RIO, CostCategory.BIJDRAGEREGELING, CostCategory.MUNICIPAL_COORDINATION, CostCategory.ID_CARDS,
            CostCategory.SHELTER, CostCategory.SUPPORTED_HOUSING, CostCategory.RENT_CONTINUATION);
    /** What less crime saves: detention, police and justice, victims. */
    public static final Set<CostCategory> OUTCOME = EnumSet.of(CostCategory.DETENTION, CostCategory.POLICE_JUSTICE, CostCategory.VICTIMS);
    private static final String SOCIETY = "society";

    private CostTables() { }

    /** One row per (scenario, year, payer, category) that has any cost: mean, 95% CI of the mean, 2.5–97.5% band. */
    public static Table costs(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("scenario", "year", "payer", "category", "mean_eur", "ci95_low", "ci95_high", "p2_5", "p97_5", "n");
        for (List<ReplicationKpis> runs : byScenario) {
            CostAccount first = runs.get(0).costs();
            for (int year = 0; year < first.years(); year++) {
                for (Payer payer : Payer.values()) {
                    for (CostCategory category : CostCategory.values()) {
                        int y = year;
                        double[] values = values(runs, a -> a.amount(y, payer, category));
                        if (allZero(values)) continue;
                        addBand(table, values, runs.get(0).scenario(), first.firstYear() + year, payer.key(), category.key());
                    }
                }
            }
        }
        return table;
    }

    /**
     * Costs per year for the report's time series: per scenario, year and payer (and "society", all payers) the
     * mean and 95% CI over replications ({@code level}), and for every alternative the paired difference with
     * the first scenario ({@code difference}, same replications so common random numbers cancel).
     */
    public static Table perYear(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("scenario", "year", "payer", "measure", "mean_eur", "ci95_low", "ci95_high", "n");
        List<ReplicationKpis> baseline = byScenario.get(0);
        List<Payer> payers = new ArrayList<>(Arrays.asList(Payer.values()));
        payers.add(null);
        for (List<ReplicationKpis> runs : byScenario) {
            CostAccount first = runs.get(0).costs();
            for (int year = 0; year < first.years(); year++) {
                for (Payer payer : payers) {
                    int y = year;
                    String who = payer == null ? SOCIETY : payer.key();
                    ToDoubleFunction<CostAccount> cost = a -> a.yearTotal(y, payer);
                    Summary level = Summary.of(values(runs, cost));
                    table.add(runs.get(0).scenario(), first.firstYear() + year, who, "level", level.mean(), level.ci95Low(), level.ci95High(),
                            level.n());
                    if (runs == baseline) continue;
                    Summary d = Summary.of(difference(baseline, runs, cost));
                    table.add(runs.get(0).scenario(), first.firstYear() + year, who, "difference", d.mean(), d.ci95Low(), d.ci95High(), d.n());
                }
            }
        }
        return table;
    }

    /** The municipal costs per (scenario, year, size class or "regional", category). */
    public static Table municipalCosts(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("scenario", "year", "size_class", "category", "mean_eur", "ci95_low", "ci95_high", "p2_5", "p97_5", "n");
        for (List<ReplicationKpis> runs : byScenario) {
            CostAccount first = runs.get(0).costs();
            for (int year = 0; year < first.years(); year++) {
                for (int k = 0; k <= CostLedger.REGIONAL; k++) {
                    String sizeClass = k == CostLedger.REGIONAL ? "regional" : SizeClass.values()[k].key();
                    for (CostCategory category : CostCategory.values()) {
                        int y = year, c = k;
                        double[] values = values(runs, a -> a.municipalAmount(y, c, category));
                        if (allZero(values)) continue;
                        addBand(table, values, runs.get(0).scenario(), first.firstYear() + year, sizeClass, category.key());
                    }
                }
            }
        }
        return table;
    }

    /** Per (scenario, municipality, category): the municipality's yearly cost over the horizon, mean and 95% CI. */
    public static Table byMunicipality(List<List<ReplicationKpis>> byScenario, List<Municipality> municipalities) {
        Table table = new Table("scenario", "municipality_code", "municipality", "size_class", "category", "mean_eur_per_year",
                "ci95_low", "ci95_high", "n");
        for (List<ReplicationKpis> runs : byScenario) {
            double years = runs.get(0).costs().years();
            for (Municipality m : municipalities) {
                for (CostCategory category : CostCategory.values()) {
                    double[] values = values(runs, a -> a.municipalityTotal(m.index(), category) / years);
                    if (allZero(values)) continue;
                    Summary s = Summary.of(values);
                    table.add(runs.get(0).scenario(), m.code(), m.name(), m.sizeClass().key(), category.key(), s.mean(),
                            s.ci95Low(), s.ci95High(), s.n());
                }
            }
        }
        return table;
    }

    /**
     * Per alternative against the first scenario, pair by pair: the difference in discounted costs (net
     * present value over the horizon) for each payer and for society (all payers; transfers cancel), and
     * the social cost-benefit figures: extra intervention cost, savings, net benefit, benefit-cost ratio,
     * intervention cost per prevented recidivist and re-detention, and the chance that benefits exceed costs.
     */
    public static Table comparison(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("alternative", "baseline", "measure", "payer", "mean", "ci95_low", "ci95_high", "n");
        List<ReplicationKpis> baseline = byScenario.get(0);
        for (List<ReplicationKpis> alternative : byScenario.subList(1, byScenario.size())) {
            String alt = alternative.get(0).scenario();
            String base = baseline.get(0).scenario();
            for (Payer payer : Payer.values()) {
                add(table, alt, base, "npv_cost_difference_eur", payer.key(), difference(baseline, alternative, a -> a.netPresentValue(payer)));
            }
            add(table, alt, base, "npv_cost_difference_eur", SOCIETY, difference(baseline, alternative, a -> a.netPresentValue((Payer) null)));
            double[] intervention = difference(baseline, alternative, a -> a.netPresentValue(INTERVENTION));
            double[] savings = negate(difference(baseline, alternative, a -> a.netPresentValue(OUTCOME)));
            double[] netBenefit = negate(difference(baseline, alternative, a -> a.netPresentValue((Payer) null)));
            add(table, alt, base, "npv_intervention_cost_eur", SOCIETY, intervention);
            add(table, alt, base, "npv_savings_eur", SOCIETY, savings);
            add(table, alt, base, "npv_net_benefit_eur", SOCIETY, netBenefit);
            double meanCost = Summary.of(intervention).mean();
            table.add(alt, base, "benefit_cost_ratio", SOCIETY, meanCost > 0 ? Summary.of(savings).mean() / meanCost : Double.NaN,
                    Double.NaN, Double.NaN, intervention.length);
            double years = baseline.get(0).costs().years();
            double costPerYear = meanCost / years;
            table.add(alt, base, "intervention_cost_per_prevented_recidivist_eur", SOCIETY,
                    perPrevented(costPerYear, baseline, alternative, Kpi.RECIDIVISTS_2Y_PER_YEAR), Double.NaN, Double.NaN, intervention.length);
            table.add(alt, base, "intervention_cost_per_prevented_redetention_eur", SOCIETY,
                    perPrevented(costPerYear, baseline, alternative, Kpi.REDETAINED_2Y_PER_YEAR), Double.NaN, Double.NaN, intervention.length);
            int positive = 0;
            for (double b : netBenefit) if (b > 0) positive++;
            table.add(alt, base, "chance_benefits_exceed_costs", SOCIETY, (double) positive / netBenefit.length, Double.NaN, Double.NaN,
                    netBenefit.length);
        }
        return table;
    }

    /** Intervention cost per year divided by the recidivists (or re-detentions) prevented per year; NaN when none are. */
    private static double perPrevented(double costPerYear, List<ReplicationKpis> baseline, List<ReplicationKpis> alternative, Kpi kpi) {
        double prevented = -PairedDifference.of(ResultTables.values(baseline, kpi), ResultTables.values(alternative, kpi), null)
                .difference().mean();
        return prevented > 0 && costPerYear > 0 ? costPerYear / prevented : Double.NaN;
    }

    private static void add(Table table, String alternative, String baseline, String measure, String payer, double[] pairs) {
        Summary s = Summary.of(pairs);
        table.add(alternative, baseline, measure, payer, s.mean(), s.ci95Low(), s.ci95High(), s.n());
    }

    private static double[] difference(List<ReplicationKpis> baseline, List<ReplicationKpis> alternative, ToDoubleFunction<CostAccount> f) {
        double[] d = new double[baseline.size()];
        for (int i = 0; i < d.length; i++) d[i] = f.applyAsDouble(alternative.get(i).costs()) - f.applyAsDouble(baseline.get(i).costs());
        return d;
    }

    private static double[] negate(double[] values) {
        double[] n = new double[values.length];
        for (int i = 0; i < n.length; i++) n[i] = -values[i];
        return n;
    }

    private static double[] values(List<ReplicationKpis> runs, ToDoubleFunction<CostAccount> f) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(runs.get(i).costs());
        return v;
    }

    private static boolean allZero(double[] values) {
        for (double v : values) if (v != 0) return false;
        return true;
    }

    private static void addBand(Table table, double[] values, String scenario, int year, String who, String category) {
        Summary s = Summary.of(values);
        double[] band = Percentiles.band95(values);
        table.add(scenario, year, who, category, s.mean(), s.ci95Low(), s.ci95High(), band[0], band[1], s.n());
    }
}
