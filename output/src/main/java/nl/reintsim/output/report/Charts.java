package nl.reintsim.output.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.reintsim.output.cost.Payer;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.KpiAccumulator;
import nl.reintsim.output.kpi.PersonGroup;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.statistics.PairedDifference;
import nl.reintsim.output.statistics.Summary;
import nl.reintsim.output.table.ResultTables;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.ConditionSnapshot;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, each written as PNG and SVG to {@code charts/}. Scenario colours come from one
 * colour-blind-safe palette (Okabe–Ito) in scenario order, so a scenario has the same colour in every chart.
 */
public final class Charts {
    /** Okabe–Ito (and Tol): distinguishable with the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00), new Color(0xF0, 0xE4, 0x42), new Color(0x00, 0x00, 0x00),
        new Color(0x99, 0x99, 0x99),
        // beyond Okabe–Ito's eight: three of Paul Tol's colour-blind-safe "muted" scheme, so the eleven shipped
        // scenarios do not share colours
        new Color(0x88, 0x22, 0x55), new Color(0x33, 0x22, 0x88), new Color(0x44, 0xAA, 0x99)};
    /** Wide enough for a title that states a finding with a scenario name in it. */
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 520;

    /** A written chart: its file name (without extension), title and PNG bytes for embedding. */
    public record Written(String name, String title, byte[] png) { }

    /** The KPIs drawn over time, in report order: outcomes, then the basic conditions, then waiting. */
    static final List<Kpi> OVER_TIME = List.of(Kpi.RECIDIVISM_2Y, Kpi.REDETENTION_2Y, Kpi.NO_ID_AT_RELEASE, Kpi.NO_ADDRESS_AFTER_RELEASE,
            Kpi.NO_INCOME_MONTH_AFTER, Kpi.COORDINATOR_WAIT_DAYS, Kpi.SHELTER_WAIT_DAYS);

    private Charts() { }

    static Color colour(int index) { return PALETTE[index % PALETTE.length]; }

    /** Makes every chart that the results allow, writes PNG and SVG into {@code folder}, returns them in report order. */
    public static List<Written> write(ReportData data, Language language, Path folder) throws IOException {
        // charts are drawn off-screen; without this a machine with no display may refuse to start AWT
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        Files.createDirectories(folder);
        List<List<ReplicationKpis>> results = data.results();
        List<Written> written = new ArrayList<>();
        if (results.size() > 1) {
            written.add(save(differences(results, language), "differences_recidivism_2y", folder));
            written.add(save(differencesByKpi(results, language), "differences_by_kpi", folder));
            written.add(save(differencesBySizeClass(results, Kpi.RECIDIVISM_2Y, language), "differences_recidivism_2y_by_size_class", folder));
            CategoryChart byGroup = differencesByGroup(results, Kpi.RECIDIVISM_2Y, language);
            if (byGroup != null) written.add(save(byGroup, "differences_recidivism_2y_by_group", folder));
        }
        written.add(save(bySizeClass(results, Kpi.RECIDIVISM_2Y, language), "recidivism_by_size_class", folder));
        written.add(save(bySizeClass(results, Kpi.MUNICIPAL_CONTACT_DURING_DETENTION, language), "contact_by_size_class", folder));
        written.add(save(monitor(results.get(0), language), "monitor_reference", folder));
        for (Kpi kpi : OVER_TIME) {
            XYChart chart = overTime(data.timeseries(), results, kpi, language);
            if (chart != null) written.add(save(chart, kpi.key() + "_over_time", folder));
        }
        if (data.costsPerYear() != null) written.add(save(costsPerYear(data.costsPerYear(), results, language), "costs_per_year", folder));
        if (data.costComparison() != null) written.add(save(costs(data.costComparison(), results, language), "costs_by_payer", folder));
        if (data.fit() != null) written.add(save(fit(data.fit(), language), "calibration_fit", folder));
        return written;
    }

    private static Written save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String name, Path folder) throws IOException {
        VectorGraphicsEncoder.saveVectorGraphic(chart, folder.resolve(name + ".svg").toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        Files.write(folder.resolve(name + ".png"), png);
        return new Written(name, chart.getTitle(), png);
    }

    private static CategoryChart chart(String title, String yAxis, Language language) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yAxis).build();
        style(chart.getStyler(), language);
        chart.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        return chart;
    }

    private static XYChart lineChart(String title, String xAxis, String yAxis, Language language) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xAxis).yAxisTitle(yAxis).build();
        style(chart.getStyler(), language);
        return chart;
    }

    /** What every chart shares: the language's number format, the legend outside, a white background. */
    private static void style(AxesChartStyler styler, Language language) {
        styler.setLocale(language.locale());
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setDecimalPattern("#,##0.0");
    }

    /** Paired differences in recidivism against the reference, one bar per alternative with its 95% CI; the title names the largest fall. */
    static CategoryChart differences(List<List<ReplicationKpis>> results, Language language) {
        List<String> names = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        double[] base = ResultTables.values(results.get(0), Kpi.RECIDIVISM_2Y);
        Summary largestFall = null;
        String largestFallName = null;
        for (List<ReplicationKpis> alternative : results.subList(1, results.size())) {
            Summary d = PairedDifference.of(base, ResultTables.values(alternative, Kpi.RECIDIVISM_2Y), Boolean.TRUE).difference();
            names.add(alternative.get(0).scenario());
            means.add(100 * d.mean());
            errors.add(halfWidthPoints(d));
            if (d.mean() < 0 && (largestFall == null || d.mean() < largestFall.mean())) {
                largestFall = d;
                largestFallName = alternative.get(0).scenario();
            }
        }
        String title = language.text("chart_differences_none");
        if (largestFall != null) {
            String[] shown = language.withInterval(100 * largestFall.mean(), 100 * largestFall.ci95Low(), 100 * largestFall.ci95High(), 2, 4);
            title = String.format(language.text("chart_differences"), largestFallName, shown[0], shown[1], shown[2]);
        }
        CategoryChart chart = chart(title, language.text("axis_pp_difference"), language);
        chart.getStyler().setLegendVisible(false);
        chart.addSeries(language.text("recidivism_2y"), names, means, errors).setFillColor(colour(0));
        chart.getStyler().setXAxisLabelRotation(30);
        return chart;
    }

    /** The shares whose paired differences are drawn side by side, all in percentage points. */
    static final List<Kpi> DIFFERENCE_KPIS = List.of(Kpi.RECIDIVISM_2Y, Kpi.REDETENTION_2Y, Kpi.NO_ID_AT_RELEASE,
            Kpi.NO_ADDRESS_AFTER_RELEASE, Kpi.NO_INCOME_MONTH_AFTER, Kpi.MUNICIPAL_CONTACT_DURING_DETENTION);

    /**
     * Paired differences with the reference for several KPIs at once: one group per KPI, one bar per alternative
     * in its scenario colour, with 95% CIs; the title names the largest difference.
     */
    static CategoryChart differencesByKpi(List<List<ReplicationKpis>> results, Language language) {
        List<String> labels = new ArrayList<>();
        for (Kpi kpi : DIFFERENCE_KPIS) labels.add(language.text(kpi.key()));
        List<CategorySeriesData> series = new ArrayList<>();
        double largest = 0;
        String largestText = null;
        for (List<ReplicationKpis> alternative : results.subList(1, results.size())) {
            List<Double> means = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (Kpi kpi : DIFFERENCE_KPIS) {
                Summary d = pairedDifference(ResultTables.values(results.get(0), kpi), ResultTables.values(alternative, kpi));
                double mean = Double.isNaN(d.mean()) ? 0 : 100 * d.mean();
                means.add(mean);
                errors.add(halfWidthPoints(d));
                if (Math.abs(mean) > Math.abs(largest)) {
                    largest = mean;
                    largestText = String.format(language.text("chart_differences_by_kpi"), language.text(kpi.key()),
                            language.number(mean, 1), alternative.get(0).scenario());
                }
            }
            series.add(new CategorySeriesData(alternative.get(0).scenario(), means, errors));
        }
        CategoryChart chart = chart(largestText == null ? language.text("chart_differences_by_kpi_none") : capitalised(largestText),
                language.text("axis_pp_difference"), language);
        chart.getStyler().setXAxisLabelRotation(20);
        addAlternatives(chart, labels, series);
        return chart;
    }

    /**
     * The inequality question: each alternative's paired difference in a KPI with the reference, per size class
     * of the municipality of release, with 95% CIs; the title names the class where the largest fall is.
     */
    static CategoryChart differencesBySizeClass(List<List<ReplicationKpis>> results, Kpi kpi, Language language) {
        List<String> labels = new ArrayList<>();
        List<Function<List<ReplicationKpis>, double[]>> values = new ArrayList<>();
        for (SizeClass c : SizeClass.values()) {
            labels.add(c.label());
            values.add(runs -> ResultTables.values(runs, kpi, c));
        }
        return differencesPer(results, kpi, labels, values, "chart_differences_by_size_class", language);
    }

    /**
     * For whom, beyond municipality size: each alternative's paired difference in an outcome with the reference,
     * per group of released people (age, legal ground, legal framework, sex), with 95% CIs; the title names the
     * group where the largest fall is. Null when the results have no groups (an older output folder).
     */
    static CategoryChart differencesByGroup(List<List<ReplicationKpis>> results, Kpi kpi, Language language) {
        if (!results.get(0).get(0).byGroup().containsKey(kpi)) return null;
        List<String> labels = new ArrayList<>();
        List<Function<List<ReplicationKpis>, double[]>> values = new ArrayList<>();
        for (PersonGroup g : PersonGroup.values()) {
            labels.add(language.groupName(g.key()));
            values.add(runs -> ResultTables.values(runs, kpi, g));
        }
        CategoryChart chart = differencesPer(results, kpi, labels, values, "chart_differences_by_group", language);
        chart.getStyler().setXAxisLabelRotation(30);
        return chart;
    }

    /**
     * Paired differences with the reference per category, one bar per alternative; {@code titleKey} names the text
     * for the largest fall (KPI, alternative, category, points), and with "_none" the text for no fall at all.
     */
    private static CategoryChart differencesPer(List<List<ReplicationKpis>> results, Kpi kpi, List<String> labels,
                                                List<Function<List<ReplicationKpis>, double[]>> values, String titleKey, Language language) {
        List<CategorySeriesData> series = new ArrayList<>();
        double largestFall = 0;
        String title = String.format(language.text(titleKey + "_none"), language.text(kpi.key()));
        for (List<ReplicationKpis> alternative : results.subList(1, results.size())) {
            List<Double> means = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (int c = 0; c < labels.size(); c++) {
                Summary d = pairedDifference(values.get(c).apply(results.get(0)), values.get(c).apply(alternative));
                double mean = Double.isNaN(d.mean()) ? 0 : 100 * d.mean();
                means.add(mean);
                errors.add(halfWidthPoints(d));
                if (mean < largestFall) {
                    largestFall = mean;
                    title = String.format(language.text(titleKey), capitalised(language.text(kpi.key())),
                            alternative.get(0).scenario(), labels.get(c), language.number(mean, 2));
                }
            }
            series.add(new CategorySeriesData(alternative.get(0).scenario(), means, errors));
        }
        CategoryChart chart = chart(title, language.text("axis_pp_difference"), language);
        addAlternatives(chart, labels, series);
        return chart;
    }

    /** A person-level KPI per size class, one series per scenario, with 95% CIs; the title compares the reference's classes. */
    static CategoryChart bySizeClass(List<List<ReplicationKpis>> results, Kpi kpi, Language language) {
        List<String> classes = new ArrayList<>();
        for (SizeClass c : SizeClass.values()) classes.add(c.label());
        SizeClass highest = null;
        SizeClass lowest = null;
        double[] reference = new double[SizeClass.values().length];
        List<CategorySeriesData> series = new ArrayList<>();
        for (int s = 0; s < results.size(); s++) {
            List<Double> means = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (SizeClass c : SizeClass.values()) {
                Summary summary = Summary.of(ResultTables.values(results.get(s), kpi, c));
                means.add(100 * summary.mean());
                errors.add(halfWidthPoints(summary));
                if (s > 0 || Double.isNaN(summary.mean())) continue;
                reference[c.ordinal()] = summary.mean();
                if (highest == null || summary.mean() > reference[highest.ordinal()]) highest = c;
                if (lowest == null || summary.mean() < reference[lowest.ordinal()]) lowest = c;
            }
            series.add(new CategorySeriesData(results.get(s).get(0).scenario(), means, errors));
        }
        String title = highest == null ? String.format(language.text("chart_not_measured"), capitalised(language.text(kpi.key())))
                : String.format(language.text("chart_size_class"), capitalised(language.text(kpi.key())), highest.label(),
                        language.number(100 * reference[highest.ordinal()], 1), lowest.label(), language.number(100 * reference[lowest.ordinal()], 1));
        CategoryChart chart = chart(title, language.text("axis_percent"), language);
        for (int s = 0; s < series.size(); s++) {
            chart.addSeries(series.get(s).name(), classes, series.get(s).means(), series.get(s).errors()).setFillColor(colour(s));
        }
        return chart;
    }

    private record CategorySeriesData(String name, List<Double> means, List<Double> errors) { }

    /** The alternatives' bars, each in its scenario's colour (the reference, first, is not among them). */
    private static void addAlternatives(CategoryChart chart, List<String> categories, List<CategorySeriesData> alternatives) {
        for (int s = 0; s < alternatives.size(); s++) {
            CategorySeriesData a = alternatives.get(s);
            chart.addSeries(a.name(), categories, a.means(), a.errors()).setFillColor(colour(s + 1));
        }
    }

    private static Summary pairedDifference(double[] reference, double[] alternative) {
        return PairedDifference.of(reference, alternative, null).difference();
    }

    /** A share's 95% CI half-width in percentage points, as an error bar; none when there is no interval. */
    private static double halfWidthPoints(Summary share) {
        return Double.isNaN(share.ci95High()) ? 0 : 100 * (share.ci95High() - share.mean());
    }

    /** The monitor's table for the reference scenario: share lacking each condition at each moment; the title gives a month after release. */
    static CategoryChart monitor(List<ReplicationKpis> reference, Language language) {
        List<String> moments = new ArrayList<>();
        for (ConditionSnapshot.Moment m : ConditionSnapshot.Moment.values()) moments.add(language.momentName(m));
        List<String> shown = List.of("no_valid_id", "no_registered_address", "no_income", "insurance_default");
        List<List<Double>> series = new ArrayList<>();
        for (String condition : shown) {
            List<Double> values = new ArrayList<>();
            for (ConditionSnapshot.Moment m : ConditionSnapshot.Moment.values()) {
                double[] v = new double[reference.size()];
                for (int r = 0; r < v.length; r++) v[r] = reference.get(r).monitor(condition, m.key());
                double mean = Summary.of(v).mean();
                values.add(Double.isNaN(mean) ? 0 : 100 * mean);
            }
            series.add(values);
        }
        int monthAfter = ConditionSnapshot.Moment.ONE_MONTH_AFTER.ordinal();
        String title = String.format(language.text("chart_monitor"), language.number(series.get(2).get(monthAfter), 0),
                language.number(series.get(1).get(monthAfter), 0), language.number(series.get(0).get(monthAfter), 0));
        CategoryChart chart = chart(title, language.text("axis_percent"), language);
        chart.getStyler().setXAxisLabelRotation(20);
        for (int k = 0; k < shown.size(); k++) {
            if (!KpiAccumulator.MONITOR_CONDITIONS.contains(shown.get(k))) throw new IllegalStateException("not a monitor condition: " + shown.get(k));
            chart.addSeries(language.monitorConditionName(shown.get(k)), moments, series.get(k)).setFillColor(colour(k));
        }
        return chart;
    }

    /**
     * A level in a chart title: shares to a tenth of a per cent; days and persons whole, but to a tenth below ten,
     * so that a wait that falls under a day does not read as "1 days".
     */
    private static String titleNumber(double value, boolean share, Language language) {
        return language.number(value, share || Math.abs(value) < 10 ? 1 : 0);
    }

    /**
     * A KPI by month (of release for outcomes and conditions, of the month itself for waits) for every scenario:
     * mean over replications, with the reference's 95% band as dashed lines; read from the timeseries table so
     * that {@code reintsim report} draws the same chart. The title gives the average over months of the reference
     * and of the alternative that does best. Null when the table has no such series (an older output folder).
     */
    static XYChart overTime(Table timeseries, List<List<ReplicationKpis>> results, Kpi kpi, Language language) {
        boolean share = kpi.unit().equals("share");
        double scale = share ? 100 : 1;
        int scenarioColumn = timeseries.column("scenario"), monthColumn = timeseries.column("month"), kpiColumn = timeseries.column("kpi");
        int meanColumn = timeseries.column("mean"), lowColumn = timeseries.column("ci95_low"), highColumn = timeseries.column("ci95_high");
        List<XySeriesData> series = new ArrayList<>();
        for (List<ReplicationKpis> runs : results) {
            String scenario = runs.get(0).scenario();
            XySeriesData data = new XySeriesData(scenario, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Object[] row : timeseries.rows()) {
                if (!row[scenarioColumn].equals(scenario) || !row[kpiColumn].equals(kpi.key())) continue;
                java.time.YearMonth month = java.time.YearMonth.parse(row[monthColumn].toString());
                data.months().add(java.util.Date.from(month.atDay(15).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
                data.mean().add(scale * ((Number) row[meanColumn]).doubleValue());
                data.low().add(scale * ((Number) row[lowColumn]).doubleValue());
                data.high().add(scale * ((Number) row[highColumn]).doubleValue());
            }
            series.add(data);
        }
        if (series.get(0).months().isEmpty()) return null;

        int best = -1;
        double bestAverage = Double.NaN;
        for (int s = 1; s < series.size(); s++) {
            double average = series.get(s).average();
            if (Double.isNaN(average)) continue;
            boolean better = kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER ? average > bestAverage : average < bestAverage;
            if (best < 0 || better) {
                best = s;
                bestAverage = average;
            }
        }
        String label = capitalised(language.text(kpi.key()));
        String unit = share ? "%" : " " + language.text("axis_" + kpi.unit());
        String reference = titleNumber(series.get(0).average(), share, language) + unit;
        String title = best < 0 ? String.format(language.text("chart_over_time_one"), label, reference)
                : String.format(language.text("chart_over_time"), label, reference, series.get(best).name(),
                        titleNumber(bestAverage, share, language) + unit);
        boolean byRelease = !kpi.unit().equals("days") && !kpi.unit().equals("persons");
        XYChart chart = lineChart(title, language.text(byRelease ? "axis_release_month" : "axis_month") + language.text("axis_band"),
                share ? language.text("axis_percent") : language.text("axis_" + kpi.unit()), language);
        chart.getStyler().setDecimalPattern(share ? "#,##0.0" : "#,##0");
        chart.getStyler().setDatePattern("yyyy");
        for (int s = 0; s < series.size(); s++) {
            XySeriesData data = series.get(s);
            if (data.months().isEmpty()) continue;
            var line = chart.addSeries(data.name(), data.months(), data.mean());
            line.setMarker(SeriesMarkers.NONE);
            line.setLineStyle(SeriesLines.SOLID);
            line.setLineColor(colour(s));
            if (s == 0 && data.months().size() > 1) dashedBand(chart, data.name(), data.months(), data.low(), data.high(), colour(s));
        }
        return chart;
    }

    private record XySeriesData(String name, List<java.util.Date> months, List<Double> mean, List<Double> low, List<Double> high) {
        double average() {
            double sum = 0;
            int n = 0;
            for (double v : mean) {
                if (Double.isNaN(v)) continue;
                sum += v;
                n++;
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    private static void dashedBand(XYChart chart, String name, List<?> x, List<Double> low, List<Double> high, Color colour) {
        for (var band : List.of(chart.addSeries(name + " 95% (1)", x, low), chart.addSeries(name + " 95% (2)", x, high))) {
            band.setMarker(SeriesMarkers.NONE);
            band.setLineColor(colour);
            band.setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
                    new float[] {4f, 4f}, 0f));
            band.setShowInLegend(false);
        }
    }

    /**
     * Societal cost per year (all payers; transfers cancel), from costs-per-year.csv. With alternatives: each one's
     * paired difference from the reference with its 95% CI dashed, titled by the one that adds most per year;
     * alone: the reference's level.
     */
    static XYChart costsPerYear(Table costsPerYear, List<List<ReplicationKpis>> results, Language language) {
        boolean differences = results.size() > 1;
        String measure = differences ? "difference" : "level";
        int scenarioColumn = costsPerYear.column("scenario"), yearColumn = costsPerYear.column("year"), payerColumn = costsPerYear.column("payer");
        int measureColumn = costsPerYear.column("measure"), meanColumn = costsPerYear.column("mean_eur");
        int lowColumn = costsPerYear.column("ci95_low"), highColumn = costsPerYear.column("ci95_high");
        List<String> names = new ArrayList<>();
        List<List<Integer>> years = new ArrayList<>();
        List<List<Double>> means = new ArrayList<>();
        List<List<Double>> lows = new ArrayList<>();
        List<List<Double>> highs = new ArrayList<>();
        for (List<ReplicationKpis> runs : differences ? results.subList(1, results.size()) : results) {
            String scenario = runs.get(0).scenario();
            List<Integer> y = new ArrayList<>();
            List<Double> m = new ArrayList<>(), lo = new ArrayList<>(), hi = new ArrayList<>();
            for (Object[] row : costsPerYear.rows()) {
                if (!row[scenarioColumn].equals(scenario) || !row[payerColumn].equals("society") || !row[measureColumn].equals(measure)) continue;
                y.add(((Number) row[yearColumn]).intValue());
                m.add(((Number) row[meanColumn]).doubleValue() / 1e6);
                lo.add(((Number) row[lowColumn]).doubleValue() / 1e6);
                hi.add(((Number) row[highColumn]).doubleValue() / 1e6);
            }
            names.add(scenario);
            years.add(y);
            means.add(m);
            lows.add(lo);
            highs.add(hi);
        }
        int extreme = 0;
        for (int s = 1; s < names.size(); s++) if (average(means.get(s)) > average(means.get(extreme))) extreme = s;
        String title = differences
                ? String.format(language.text("chart_costs_per_year_difference"), names.get(extreme), language.number(average(means.get(extreme)), 1))
                : String.format(language.text("chart_costs_per_year"), language.number(average(means.get(0)), 0));
        XYChart chart = lineChart(title, language.text("axis_year"), language.text(differences ? "axis_meur_difference" : "axis_meur"), language);
        chart.getStyler().setXAxisDecimalPattern("0");
        for (int s = 0; s < names.size(); s++) {
            if (years.get(s).isEmpty()) continue;
            Color colour = colour(differences ? s + 1 : s);
            var line = chart.addSeries(names.get(s), years.get(s), means.get(s));
            line.setLineColor(colour);
            line.setLineStyle(SeriesLines.SOLID);   // XChart cycles line styles; dashed is kept for the 95% band
            line.setMarkerColor(colour);
            if (years.get(s).size() > 1 && (differences || s == 0)) dashedBand(chart, names.get(s), years.get(s), lows.get(s), highs.get(s), colour);
        }
        return chart;
    }

    private static double average(List<Double> values) {
        double sum = 0;
        for (double v : values) sum += v;
        return values.isEmpty() ? Double.NaN : sum / values.size();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Calibration fit: per target, (simulated − target) / tolerance with the 95% CI in the same units;
     * bars inside ±1 are within tolerance.
     */
    static CategoryChart fit(Table fit, Language language) {
        int kpiColumn = fit.column("kpi"), targetColumn = fit.column("target"), toleranceColumn = fit.column("tolerance");
        int meanColumn = fit.column("simulated_mean"), highColumn = fit.column("ci95_high"), withinColumn = fit.column("within_tolerance");
        List<String> kpis = new ArrayList<>();
        List<Double> deviations = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        int within = 0;
        for (Object[] row : fit.rows()) {
            double target = ((Number) row[targetColumn]).doubleValue(), tolerance = ((Number) row[toleranceColumn]).doubleValue();
            double mean = ((Number) row[meanColumn]).doubleValue(), high = ((Number) row[highColumn]).doubleValue();
            kpis.add(row[kpiColumn].toString());
            deviations.add((mean - target) / tolerance);
            errors.add(Double.isNaN(high) ? 0 : (high - mean) / tolerance);
            if (row[withinColumn].equals("yes")) within++;
        }
        CategoryChart chart = chart(String.format(language.text("chart_fit"), within, fit.size()), language.text("axis_tolerances"), language);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(45);
        // XChart centres a rotated label's box on its tick, which moves long names a bar to the right and leaves out
        // the last one (it would run past the chart's edge): end each name at its own bar, just under the axis, instead
        chart.getStyler().setXAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        chart.getStyler().setXAxisLabelAlignmentVertical(AxesChartStyler.TextAlignment.Right);
        chart.addSeries("fit", kpis, deviations, errors).setFillColor(colour(0));
        return chart;
    }

    /** Net present value of the extra cost per payer and alternative, stacked; the title names the largest societal net benefit. */
    static CategoryChart costs(Table comparison, List<List<ReplicationKpis>> results, Language language) {
        int alternativeColumn = comparison.column("alternative"), measureColumn = comparison.column("measure");
        int payerColumn = comparison.column("payer"), meanColumn = comparison.column("mean");
        List<String> alternatives = new ArrayList<>();
        for (List<ReplicationKpis> runs : results.subList(1, results.size())) alternatives.add(runs.get(0).scenario());
        String best = null;
        double bestNetBenefit = 0;
        for (Object[] row : comparison.rows()) {
            if (!row[measureColumn].equals("npv_net_benefit_eur")) continue;
            double netBenefit = ((Number) row[meanColumn]).doubleValue();
            if (netBenefit > bestNetBenefit) {
                best = row[alternativeColumn].toString();
                bestNetBenefit = netBenefit;
            }
        }
        String title = best == null ? language.text("chart_costs_none")
                : String.format(language.text("chart_costs"), best, language.number(bestNetBenefit / 1e6, 1));
        CategoryChart chart = chart(title, language.text("axis_meur"), language);
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(30);
        int k = 0;
        for (Payer payer : Payer.values()) {
            List<Double> values = new ArrayList<>();
            for (String alternative : alternatives) {
                double v = 0;
                for (Object[] row : comparison.rows()) {
                    if (row[alternativeColumn].equals(alternative) && row[measureColumn].equals("npv_cost_difference_eur")
                            && row[payerColumn].equals(payer.key())) {
                        v = ((Number) row[meanColumn]).doubleValue();
                    }
                }
                values.add(v / 1e6);
            }
            chart.addSeries(language.payerName(payer.key()), alternatives, values).setFillColor(colour(k++));
        }
        return chart;
    }
}
