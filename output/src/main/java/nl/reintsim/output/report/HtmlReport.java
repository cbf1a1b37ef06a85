package nl.reintsim.output.report;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.reintsim.output.cost.Payer;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.PersonGroup;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.statistics.PairedDifference;
import nl.reintsim.output.statistics.Summary;
import nl.reintsim.output.table.ResultTables;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.parameters.BySizeClass;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.policy.Lever;
import nl.reintsim.simulation.policy.RioAllocation;
import nl.reintsim.simulation.scenario.Scenario;

/**
 * report.html: one self-contained file (charts embedded as data, no scripts, fonts or links to fetch)
 * that opens from disk and prints. Everything that comes from user files is escaped.
 */
public final class HtmlReport {
    /** The KPIs of the findings and tables, in the order shown. */
    static final List<Kpi> HEADLINE = List.of(Kpi.RECIDIVISM_2Y, Kpi.REDETENTION_2Y, Kpi.NO_ID_AT_RELEASE, Kpi.NO_INCOME_MONTH_AFTER,
            Kpi.NO_ADDRESS_AFTER_RELEASE, Kpi.MUNICIPAL_CONTACT_DURING_DETENTION);

    private HtmlReport() { }

    /** KPIs shown in the uncertainty section: the outcomes and the conditions the monitor watches most. */
    private static final List<String> UNCERTAIN_LEVELS = List.of("recidivism_2y", "redetention_2y", "no_income_month_after",
            "no_address_after_release");

    private static void uncertaintySection(StringBuilder h, Table table, Language l) {
        int scenario = table.column("scenario"), measure = table.column("measure"), kpiColumn = table.column("kpi");
        int mean = table.column("mean"), low = table.column("ui95_low"), high = table.column("ui95_high");
        int share = table.column("share_variance_parameters"), better = table.column("share_draws_better");
        Object[] first = table.rows().get(0);
        h.append("<h2>").append(escape(l.text("uncertainty"))).append("</h2>\n<p>")
                .append(escape(String.format(l.text("uncertainty_intro"), ((Number) first[table.column("draws")]).intValue(),
                        ((Number) first[table.column("replications_per_draw")]).intValue()))).append("</p>\n<table>\n<tr><th>")
                .append(escape(l.text("scenario"))).append("</th><th>").append(escape(l.text("kpi"))).append("</th><th>")
                .append(escape(l.text("uncertainty_interval"))).append("</th><th>").append(escape(l.text("uncertainty_share")))
                .append("</th><th>").append(escape(l.text("uncertainty_better"))).append("</th></tr>\n");
        for (Object[] row : table.rows()) {
            boolean level = row[measure].equals("level");
            String kpi = row[kpiColumn].toString();
            if (level ? !UNCERTAIN_LEVELS.contains(kpi) : !(kpi.equals("recidivism_2y") || kpi.equals("npv_net_benefit_eur"))) continue;
            boolean euros = kpi.endsWith("_eur");
            double scale = euros ? 1e-6 : 100;
            String unit = euros ? " " + l.text("million_eur") : level ? "%" : " pp";
            String label = (level ? "" : l.text("difference_short") + ": ") + l.kpiName(kpi);
            double betterShare = ((Number) row[better]).doubleValue();
            h.append("<tr><td>").append(escape(row[scenario].toString())).append("</td><td>").append(named(label, kpi)).append("</td><td class=\"n\">")
                    .append(l.number(scale * ((Number) row[mean]).doubleValue(), 1)).append(unit).append(" (")
                    .append(l.number(scale * ((Number) row[low]).doubleValue(), 1)).append("–")
                    .append(l.number(scale * ((Number) row[high]).doubleValue(), 1))
                    .append(")</td><td class=\"n\">").append(l.number(100 * ((Number) row[share]).doubleValue(), 0)).append("%</td><td class=\"n\">")
                    .append(Double.isNaN(betterShare) ? "" : l.number(100 * betterShare, 0) + "%").append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The whole page, with the charts already drawn (embedded as PNG) and the run's manifest at the end. */
    public static String html(ReportData data, List<Charts.Written> charts, String manifestJson, Language l) {
        List<List<ReplicationKpis>> results = data.results();
        List<Scenario> scenarios = data.scenarios();
        Table costComparison = data.costComparison();
        Table fit = data.fit();
        Table uncertainty = data.uncertainty();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(l == Language.NL ? "nl" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(l.text("title"))).append("</title>\n<style>\n")
                .append("body{font-family:Georgia,'Times New Roman',serif;max-width:60em;margin:2em auto;padding:0 1em;color:#111;line-height:1.45}\n")
                .append("h1{font-size:1.6em}h2{border-bottom:1px solid #999;margin-top:2em}table{border-collapse:collapse;margin:1em 0;font-size:.9em;display:block;overflow-x:auto;max-width:100%}\n")
                .append("th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}\n")
                .append("figure{margin:1.5em 0;page-break-inside:avoid}img{max-width:100%}figcaption{font-style:italic}pre{white-space:pre-wrap;font-size:.8em}code.key{font-size:.8em;color:#555}\n")
                .append("@media print{h2{page-break-before:always}body{max-width:none}table{display:table}}\n</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(l.text("title"))).append("</h1>\n");

        h.append("<h2>").append(escape(l.text("compared"))).append("</h2>\n<table>\n<tr><th>").append(escape(l.text("scenario")))
                .append("</th><th></th></tr>\n");
        for (Scenario s : scenarios) {
            h.append("<tr><td><b>").append(escape(text(s.title(), l))).append("</b><br><code>").append(escape(s.name()))
                    .append("</code></td><td>").append(escape(text(s.description(), l))).append("</td></tr>\n");
        }
        h.append("</table>\n");

        if (results.size() > 1) {
            h.append("<h2>").append(escape(l.text("findings"))).append("</h2>\n<ul>\n");
            double[] base = ResultTables.values(results.get(0), Kpi.RECIDIVISM_2Y);
            for (int a = 1; a < results.size(); a++) {
                PairedDifference d = PairedDifference.of(base, ResultTables.values(results.get(a), Kpi.RECIDIVISM_2Y), Boolean.TRUE);
                h.append("<li><b>").append(escape(text(scenarios.get(a).title(), l))).append(".</b> ")
                        .append(escape(recidivismSentence(d, l)));
                for (String note : leverNotes(scenarios.get(a), l)) h.append(" <b>").append(escape(note)).append("</b>");
                if (costComparison != null) {
                    h.append(' ').append(escape(costSentence(costComparison, scenarios.get(a).name(), results.get(a).size(), l)));
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }

        h.append("<h2>").append(escape(l.text("charts"))).append("</h2>\n");
        for (Charts.Written chart : charts) {
            h.append("<figure><img alt=\"").append(escape(chart.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(chart.png())).append("\"><figcaption>").append(escape(chart.title()))
                    .append(" (charts/").append(escape(chart.name())).append(".png, .svg)</figcaption></figure>\n");
        }

        h.append("<h2>").append(escape(l.text("tables"))).append("</h2>\n<table>\n<tr><th>").append(escape(l.text("kpi"))).append("</th>");
        for (Scenario s : scenarios) h.append("<th>").append(escape(s.name())).append("</th>");
        h.append("</tr>\n");
        for (Kpi kpi : HEADLINE) {
            h.append("<tr><td>").append(namedKpi(kpi.key(), l)).append("</td>");
            for (List<ReplicationKpis> runs : results) {
                h.append(shareCell(ResultTables.level(kpi, ResultTables.values(runs, kpi)), l));
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (results.size() > 1) {
            h.append("<table>\n<tr><th>").append(escape(l.text("scenario"))).append("</th><th>").append(escape(l.text("kpi")))
                    .append("</th><th>").append(escape(l.text("difference"))).append("</th><th>").append(escape(l.text("runs_better"))).append("</th></tr>\n");
            for (int a = 1; a < results.size(); a++) {
                for (Kpi kpi : HEADLINE) {
                    PairedDifference d = PairedDifference.of(ResultTables.values(results.get(0), kpi), ResultTables.values(results.get(a), kpi),
                            ResultTables.lowerIsBetter(kpi));
                    h.append("<tr><td>").append(escape(scenarios.get(a).name())).append("</td><td>").append(namedKpi(kpi.key(), l))
                            .append("</td>").append(pointsCell(d.difference(), l)).append("<td class=\"n\">").append(percent(d.shareBetter(), l))
                            .append("</td></tr>\n");
                }
            }
            h.append("</table>\n");
        }

        if (!results.get(0).get(0).byGroup().isEmpty()) groupTable(h, results, l);

        if (costComparison != null) {
            h.append("<h2>").append(escape(l.text("who_pays"))).append("</h2>\n<p>").append(escape(l.text("npv"))).append("</p>\n<table>\n<tr><th>")
                    .append(escape(l.text("scenario"))).append("</th>");
            for (Payer p : Payer.values()) h.append("<th>").append(named(l.payerName(p.key()), p.key())).append("</th>");
            h.append("<th>").append(named(l.payerName("society"), "society")).append("</th></tr>\n");
            List<String> alternatives = scenarios.subList(1, scenarios.size()).stream().map(Scenario::name).toList();
            List<String> payers = new ArrayList<>();
            for (Payer p : Payer.values()) payers.add(p.key());
            payers.add("society");
            int[] decimals = payers.stream().mapToInt(payer -> npvDecimals(costComparison, alternatives, payer)).toArray();
            for (String alternative : alternatives) {
                h.append("<tr><td>").append(escape(alternative)).append("</td>");
                for (int c = 0; c < payers.size(); c++) h.append(npvCell(costComparison, alternative, payers.get(c), decimals[c], l));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }

        if (fit != null) {
            h.append("<h2>").append(escape(l.text("fit"))).append("</h2>\n<table>\n<tr><th>").append(escape(l.text("kpi"))).append("</th><th>")
                    .append(escape(l.text("target"))).append("</th><th>").append(escape(l.text("simulated"))).append("</th><th>")
                    .append(escape(l.text("within"))).append("</th><th>").append(escape(l.text("source"))).append("</th></tr>\n");
            for (Object[] row : fit.rows()) {
                int d = Math.abs((double) row[1]) >= 100 ? 0 : 3;
                h.append("<tr><td>").append(namedKpi(row[0].toString(), l)).append("</td><td class=\"n\">").append(l.number((double) row[1], d))
                        .append(" ± ").append(l.number((double) row[2], d)).append("</td><td class=\"n\">").append(l.number((double) row[4], d))
                        .append(" (").append(l.number((double) row[5], d)).append("–").append(l.number((double) row[6], d)).append(")</td><td>")
                        .append(escape(yesOrNo(row[7].toString(), l))).append("</td><td>").append(escape(row[10].toString())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        if (uncertainty != null) uncertaintySection(h, uncertainty, l);

        h.append("<h2>").append(escape(l.text("assumptions"))).append("</h2>\n<table>\n<tr><th>").append(escape(l.text("scenario")))
                .append("</th><th>").append(escape(l.text("lever"))).append("</th><th>").append(escape(l.text("value"))).append("</th></tr>\n");
        for (Scenario s : scenarios) {
            List<Lever> afterTheMeasuredYears = s.leversAfterTheMeasuredYears();
            for (Lever lever : s.levers().active()) {
                h.append("<tr><td>").append(escape(s.name())).append("</td><td>").append(named(l.leverName(lever.key()), lever.key()))
                        .append("</td><td>").append(settings(lever, l));
                if (afterTheMeasuredYears.contains(lever)) {
                    h.append("<br><b>").append(escape(l.text("lever_after_horizon_short"))).append("</b>");
                }
                h.append("</td></tr>\n");
            }
        }
        h.append("</table>\n<table>\n<tr><th>").append(escape(l.text("parameter"))).append("</th><th>").append(escape(l.text("value")))
                .append("</th><th>").append(escape(l.text("source"))).append("</th></tr>\n");
        for (Quantity q : data.parameters()) {
            h.append("<tr><td><code>").append(escape(q.path())).append("</code></td><td class=\"n\">").append(escape(l.number(q.value())))
                    .append(' ').append(escape(q.unit().yamlName())).append("</td><td>").append(escape(q.source())).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>").append(escape(l.text("methods"))).append("</h2>\n<p>").append(escape(l.text("methods_text"))).append("</p>\n");
        h.append("<h2>").append(escape(l.text("manifest"))).append("</h2>\n<pre>").append(escape(manifestJson)).append("</pre>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * For whom: two-year recidivism per group of released people, the reference's level and each alternative's
     * paired difference, with their 95% intervals (groups.csv and comparison-groups.csv hold all outcomes).
     */
    private static void groupTable(StringBuilder h, List<List<ReplicationKpis>> results, Language l) {
        Kpi kpi = Kpi.RECIDIVISM_2Y;
        h.append("<p>").append(escape(l.text("by_group"))).append("</p>\n<table>\n<tr><th>").append(escape(l.text("group"))).append("</th>");
        for (List<ReplicationKpis> runs : results) h.append("<th>").append(escape(runs.get(0).scenario())).append("</th>");
        h.append("</tr>\n");
        for (PersonGroup g : PersonGroup.values()) {
            h.append("<tr><td>").append(named(l.groupName(g.key()), g.key())).append("</td>");
            double[] reference = ResultTables.values(results.get(0), kpi, g);
            h.append(shareCell(ResultTables.level(kpi, reference), l));
            for (List<ReplicationKpis> alternative : results.subList(1, results.size())) {
                h.append(pointsCell(PairedDifference.of(reference, ResultTables.values(alternative, kpi, g), Boolean.TRUE).difference(), l));
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /**
     * The findings' sentence on two-year recidivism: how many runs it falls (or rises) in, and by how much. Said
     * differently where the runs cannot tell: no release was followed for two years within the measured years
     * (the horizon is too short), or the alternative's recidivism is the reference's in every run.
     */
    static String recidivismSentence(PairedDifference d, Language l) {
        Summary difference = d.difference();
        if (difference.n() == 0) return l.text("in_runs_unmeasured");
        if (difference.mean() == 0 && !(difference.sd() > 0)) return String.format(l.text("in_runs_identical"), difference.n());
        int runs = difference.n();
        int better = (int) Math.round(d.shareBetter() * runs);
        boolean falls = difference.mean() <= 0;
        String[] shown = l.withInterval(100 * difference.mean(), 100 * difference.ci95Low(), 100 * difference.ci95High(), 2, 4);
        return String.format(l.text("in_runs"), falls ? better : runs - better, runs, l.text(falls ? "falls" : "rises"),
                l.text("recidivism_2y"), shown[0], shown[1], shown[2]);
    }

    /**
     * A share's mean with its 95% interval, in per cent: a table cell. A dash alone where nothing was measured, and
     * the mean alone where one run gives no interval.
     */
    static String shareCell(Summary share, Language l) {
        return intervalCell(share, 1, 1, "%", "–", l);
    }

    /**
     * A difference in shares with its 95% interval, in percentage points: a table cell, shown as {@link #shareCell} is,
     * with two decimals, or up to four where the interval is narrower (paired runs often make it so).
     */
    static String pointsCell(Summary difference, Language l) {
        return intervalCell(difference, 2, 4, " pp", " – ", l);
    }

    /**
     * A summary of shares in per cent (or points) as a table cell: the mean, and its interval where there is one, with
     * {@code decimals}, or up to {@code most} where fewer would not show the interval's width.
     */
    private static String intervalCell(Summary s, int decimals, int most, String unit, String dash, Language l) {
        if (Double.isNaN(s.mean())) return "<td class=\"n\">–</td>";
        if (Double.isNaN(s.ci95Low())) return "<td class=\"n\">" + l.number(100 * s.mean(), decimals) + unit + "</td>";
        String[] shown = l.withInterval(100 * s.mean(), 100 * s.ci95Low(), 100 * s.ci95High(), decimals, most);
        return "<td class=\"n\">" + shown[0] + unit + " (" + shown[1] + dash + shown[2] + ")</td>";
    }

    /** A share of runs in per cent, or a dash where there were none to count. */
    private static String percent(double share, Language l) {
        return Double.isNaN(share) ? "–" : l.number(100 * share, 0) + "%";
    }

    static String costSentence(Table costs, String alternative, int runs, Language l) {
        double mean = Double.NaN, low = Double.NaN, high = Double.NaN, chance = Double.NaN;
        for (Object[] row : costs.rows()) {
            if (!row[0].equals(alternative)) continue;
            if (row[2].equals("npv_cost_difference_eur") && row[3].equals("society")) {
                mean = (double) row[4];
                low = (double) row[5];
                high = (double) row[6];
            }
            if (row[2].equals("chance_benefits_exceed_costs")) chance = (double) row[4];
        }
        String[] shown = l.withInterval(mean / 1e6, low / 1e6, high / 1e6, 1, 3);
        return String.format(l.text("costs_sentence"), shown[0], shown[1], shown[2], Math.round(chance * runs), runs);
    }

    /**
     * The decimals of one payer's column of present values in EUR million: as many as its narrowest interval needs to
     * show its width (one, up to three), so that the column's figures line up and read alike.
     */
    static int npvDecimals(Table costs, List<String> alternatives, String payer) {
        int decimals = 1;
        for (String alternative : alternatives) {
            Object[] row = npvRow(costs, alternative, payer);
            if (row != null) decimals = Math.max(decimals, Language.decimalsToShowWidth((double) row[5] / 1e6, (double) row[6] / 1e6, 1, 3));
        }
        return decimals;
    }

    /** An alternative's present value for one payer in EUR million, with its interval, in {@code decimals}. */
    static String npvCell(Table costs, String alternative, String payer, int decimals, Language l) {
        Object[] row = npvRow(costs, alternative, payer);
        if (row == null) return "<td></td>";
        return "<td class=\"n\">" + l.number((double) row[4] / 1e6, decimals) + "<br><small>(" + l.number((double) row[5] / 1e6, decimals)
                + " – " + l.number((double) row[6] / 1e6, decimals) + ")</small></td>";
    }

    /** The cost comparison's row of an alternative's present-value difference for one payer, or null. */
    private static Object[] npvRow(Table costs, String alternative, String payer) {
        for (Object[] row : costs.rows()) {
            if (row[0].equals(alternative) && row[2].equals("npv_cost_difference_eur") && row[3].equals(payer)) return row;
        }
        return null;
    }

    /** For each of the scenario's levers that starts after its measured years: a sentence saying it changes nothing. */
    static List<String> leverNotes(Scenario scenario, Language l) {
        return scenario.leversAfterTheMeasuredYears().stream()
                .map(lever -> String.format(l.text("lever_after_horizon"), l.leverName(lever.key()), lever.from(), scenario.end().minusDays(1)))
                .toList();
    }

    /**
     * A lever's settings, one field a line as the scenario file names it, from its record components. Values are
     * written for readers (numbers in the report's convention, yes/no in its language) but keep the file's spelling
     * where a reader would look it up there: size-class and choice keys.
     */
    static String settings(Lever lever, Language l) {
        StringBuilder s = new StringBuilder();
        for (RecordComponent c : lever.getClass().getRecordComponents()) {
            try {
                if (s.length() > 0) s.append("<br>");
                s.append(escape(c.getName())).append(": ").append(escape(setting(c.getAccessor().invoke(lever), l)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return s.toString();
    }

    /** The types a lever's settings may have; {@code HtmlReportTest} checks every lever against this list. */
    static final List<Class<?>> SETTING_TYPES = List.of(LocalDate.class, double.class, boolean.class, String.class, BySizeClass.class,
            RioAllocation.class);

    private static String setting(Object value, Language l) {
        if (value instanceof Double d) return l.number(d);
        if (value instanceof Boolean b) return l.text(b ? "yes" : "no");
        if (value instanceof BySizeClass byClass) {
            StringBuilder s = new StringBuilder();
            for (SizeClass c : SizeClass.values()) {
                if (s.length() > 0) s.append(" · ");
                s.append(c.key()).append(' ').append(l.number(byClass.of(c)));
            }
            return s.toString();
        }
        if (value instanceof RioAllocation a) return a.key();
        if (value instanceof LocalDate || value instanceof String) return value.toString();
        throw new IllegalArgumentException("no way to show a lever setting of type " + value.getClass().getName());
    }

    private static String text(Scenario.Text text, Language l) { return l == Language.NL ? text.nl() : text.en(); }

    /** fit.csv says "yes" or "no" (read back by {@code reintsim report}, so anything else is shown as it is). */
    private static String yesOrNo(String within, Language l) {
        return within.equals("yes") || within.equals("no") ? l.text(within) : within;
    }

    /**
     * A name for readers with, beneath it, the key it has in the CSV files (where it differs), so that a figure
     * in the report can be found in the tables that open in a spreadsheet.
     */
    static String named(String name, String key) {
        if (name.equals(key)) return "<code>" + escape(key) + "</code>";
        return escape(name) + "<br><code class=\"key\">" + escape(key) + "</code>";
    }

    /** A KPI {@link #named} in the report's language. */
    private static String namedKpi(String kpi, Language l) { return named(l.kpiName(kpi), kpi); }

    /** HTML-escapes text for element content and attribute values. */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
