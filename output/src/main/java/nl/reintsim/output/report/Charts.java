package nl.reintsim.output.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.reintsim.output.cost.Payer;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.KpiAccumulator;
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
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, each written as PNG and SVG to {@code charts/}. Scenario colours come from one
 * colour-blind-safe palette (Okabe–Ito) in scenario order, so a scenario has the same colour in every chart.
 */
public final class Charts {
    /** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00), new Color(0xF0, 0xE4, 0x42), new Color(0x00, 0x00, 0x00),
        new Color(0x99, 0x99, 0x99)};
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 520;

    /** A written chart: its file name (without extension), title and PNG bytes for embedding. */
    public record Written(String name, String title, byte[] png) { }

    private Charts() { }

    static Color colour(int index) { return PALETTE[index % PALETTE.length]; }

    /** Makes every chart that the results allow, writes PNG and SVG into {@code folder}, returns them in report order. */
    public static List<Written> write(List<List<ReplicationKpis>> results, Table costComparison, Table timeseries, Table fit,
                                      Language language, Path folder) throws IOException {
        // charts are drawn off-screen; without this a machine with no display may refuse to start AWT
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        Files.createDirectories(folder);
        List<Written> written = new ArrayList<>();
        if (results.size() > 1) written.add(save(differences(results, language), "differences_recidivism_2y", folder));
        written.add(save(bySizeClass(results, Kpi.RECIDIVISM_2Y, language.text("chart_size_class"), language), "recidivism_by_size_class", folder));
        written.add(save(bySizeClass(results, Kpi.MUNICIPAL_CONTACT_DURING_DETENTION, language.text("chart_contact"), language),
                "contact_by_size_class", folder));
        written.add(save(monitor(results.get(0), language), "monitor_reference", folder));
        written.add(save(overTime(timeseries, results, Kpi.RECIDIVISM_2Y, language), "recidivism_2y_over_time", folder));
        if (costComparison != null) written.add(save(costs(costComparison, results, language), "costs_by_payer", folder));
        if (fit != null) written.add(save(fit(fit, language), "calibration_fit", folder));
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
        var styler = chart.getStyler();
        styler.setLocale(language.locale());
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setDecimalPattern("#,##0.0");
        chart.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        return chart;
    }

    /** Paired differences in recidivism against the reference, one bar per alternative with its 95% CI. */
    static CategoryChart differences(List<List<ReplicationKpis>> results, Language language) {
        CategoryChart chart = chart(language.text("chart_differences"), language.text("axis_pp"), language);
        chart.getStyler().setLegendVisible(false);
        List<String> names = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        double[] base = ResultTables.values(results.get(0), Kpi.RECIDIVISM_2Y);
        for (List<ReplicationKpis> alternative : results.subList(1, results.size())) {
            Summary d = PairedDifference.of(base, ResultTables.values(alternative, Kpi.RECIDIVISM_2Y), Boolean.TRUE).difference();
            names.add(alternative.get(0).scenario());
            means.add(100 * d.mean());
            errors.add(Double.isNaN(d.ci95High()) ? 0 : 100 * (d.ci95High() - d.mean()));
        }
        chart.addSeries(language.text("recidivism_2y"), names, means, errors).setFillColor(colour(0));
        chart.getStyler().setXAxisLabelRotation(30);
        return chart;
    }

    /** A person-level KPI per size class, one series per scenario, with 95% CIs. */
    static CategoryChart bySizeClass(List<List<ReplicationKpis>> results, Kpi kpi, String title, Language language) {
        CategoryChart chart = chart(title, language.text("axis_percent"), language);
        List<String> classes = new ArrayList<>();
        for (SizeClass c : SizeClass.values()) classes.add(c.label());
        for (int s = 0; s < results.size(); s++) {
            List<Double> means = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (SizeClass c : SizeClass.values()) {
                Summary summary = Summary.of(ResultTables.values(results.get(s), kpi, c));
                means.add(100 * summary.mean());
                errors.add(Double.isNaN(summary.ci95High()) ? 0 : 100 * (summary.ci95High() - summary.mean()));
            }
            chart.addSeries(results.get(s).get(0).scenario(), classes, means, errors).setFillColor(colour(s));
        }
        return chart;
    }

    /** The monitor's table for the reference scenario: share lacking each condition at each moment. */
    static CategoryChart monitor(List<ReplicationKpis> reference, Language language) {
        CategoryChart chart = chart(language.text("chart_monitor"), language.text("axis_percent"), language);
        List<String> moments = new ArrayList<>();
        for (ConditionSnapshot.Moment m : ConditionSnapshot.Moment.values()) moments.add(m.key());
        List<String> shown = List.of("no_valid_id", "no_registered_address", "no_income", "insurance_default");
        int k = 0;
        for (String condition : KpiAccumulator.MONITOR_CONDITIONS) {
            if (!shown.contains(condition)) continue;
            List<Double> values = new ArrayList<>();
            for (ConditionSnapshot.Moment m : ConditionSnapshot.Moment.values()) {
                double[] v = new double[reference.size()];
                for (int r = 0; r < v.length; r++) v[r] = reference.get(r).monitor(condition, m.key());
                double mean = Summary.of(v).mean();
                values.add(Double.isNaN(mean) ? 0 : 100 * mean);
            }
            chart.addSeries(condition, moments, values).setFillColor(colour(k++));
        }
        return chart;
    }

    /**
     * A KPI by month of release for every scenario (mean over replications), with the reference's 95% band
     * as dashed lines; read from the timeseries table so that {@code reintsim report} draws the same chart.
     */
    static XYChart overTime(Table timeseries, List<List<ReplicationKpis>> results, Kpi kpi, Language language) {
        String title = String.format(language.text("chart_over_time"), language.text(kpi.key()));
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(Character.toUpperCase(title.charAt(0)) + title.substring(1))
                .xAxisTitle(language.text("axis_release_month")).yAxisTitle(language.text("axis_percent")).build();
        chart.getStyler().setLocale(language.locale());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setDecimalPattern("#,##0.0");
        chart.getStyler().setDatePattern("yyyy");
        for (int s = 0; s < results.size(); s++) {
            String scenario = results.get(s).get(0).scenario();
            List<java.util.Date> months = new ArrayList<>();
            List<Double> mean = new ArrayList<>();
            List<Double> low = new ArrayList<>();
            List<Double> high = new ArrayList<>();
            for (Object[] row : timeseries.rows()) {
                if (!row[0].equals(scenario) || !row[2].equals(kpi.key())) continue;
                java.time.YearMonth month = java.time.YearMonth.parse(row[1].toString());
                months.add(java.util.Date.from(month.atDay(15).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
                mean.add(100 * (double) row[3]);
                low.add(100 * (double) row[4]);
                high.add(100 * (double) row[5]);
            }
            if (months.isEmpty()) continue;
            var line = chart.addSeries(scenario, months, mean);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(colour(s));
            if (s == 0 && months.size() > 1) {
                for (var band : List.of(chart.addSeries(scenario + " 95% (1)", months, low), chart.addSeries(scenario + " 95% (2)", months, high))) {
                    band.setMarker(SeriesMarkers.NONE);
                    band.setLineColor(colour(s));
                    band.setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
                            new float[] {4f, 4f}, 0f));
                    band.setShowInLegend(false);
                }
            }
        }
        return chart;
    }

    /**
     * Calibration fit: per target, (simulated − target) / tolerance with the 95% CI in the same units;
     * bars inside ±1 are within tolerance.
     */
    static CategoryChart fit(Table fit, Language language) {
        CategoryChart chart = chart(language.text("chart_fit"), language.text("axis_tolerances"), language);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(45);
        List<String> kpis = new ArrayList<>();
        List<Double> deviations = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (Object[] row : fit.rows()) {
            double target = (double) row[1], tolerance = (double) row[2], mean = (double) row[4], high = (double) row[6];
            kpis.add(row[0].toString());
            deviations.add((mean - target) / tolerance);
            errors.add(Double.isNaN(high) ? 0 : (high - mean) / tolerance);
        }
        chart.addSeries("fit", kpis, deviations, errors).setFillColor(colour(0));
        return chart;
    }

    /** Net present value of the extra cost per payer and alternative, stacked. */
    static CategoryChart costs(Table comparison, List<List<ReplicationKpis>> results, Language language) {
        CategoryChart chart = chart(language.text("chart_costs"), language.text("axis_meur"), language);
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(30);
        List<String> alternatives = new ArrayList<>();
        for (List<ReplicationKpis> runs : results.subList(1, results.size())) alternatives.add(runs.get(0).scenario());
        int k = 0;
        for (Payer payer : Payer.values()) {
            List<Double> values = new ArrayList<>();
            for (String alternative : alternatives) {
                double v = 0;
                for (Object[] row : comparison.rows()) {
                    if (row[0].equals(alternative) && row[2].equals("npv_cost_difference_eur") && row[3].equals(payer.key())) v = (double) row[4];
                }
                values.add(v / 1e6);
            }
            chart.addSeries(payer.key(), alternatives, values).setFillColor(colour(k++));
        }
        return chart;
    }
}
