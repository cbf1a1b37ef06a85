package nl.reintsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import nl.reintsim.calibration.FitReport;
import nl.reintsim.calibration.ParameterDraws;
import nl.reintsim.calibration.ParameterFile;
import nl.reintsim.calibration.Target;
import nl.reintsim.calibration.TargetLoader;
import nl.reintsim.output.cost.CostTables;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.KpiReplications;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.report.Language;
import nl.reintsim.output.report.ReportData;
import nl.reintsim.output.run.Manifest;
import nl.reintsim.output.run.RunFolder;
import nl.reintsim.output.statistics.PairedDifference;
import nl.reintsim.output.statistics.Precision;
import nl.reintsim.output.statistics.Summary;
import nl.reintsim.output.statistics.Uncertainty;
import nl.reintsim.output.table.CsvWriter;
import nl.reintsim.output.table.JsonWriter;
import nl.reintsim.output.table.Numbers;
import nl.reintsim.output.table.ReplicationsFile;
import nl.reintsim.output.table.ResultTables;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.engine.ModelInputs;
import nl.reintsim.simulation.engine.ReintegrationSimulation;
import nl.reintsim.simulation.engine.ReplicationRunner;
import nl.reintsim.simulation.engine.RunSettings;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.scenario.InputException;
import nl.reintsim.simulation.scenario.InputProblem;
import nl.reintsim.simulation.scenario.MunicipalityTableLoader;
import nl.reintsim.simulation.scenario.ParameterLoader;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.scenario.ScenarioLoader;
import nl.reintsim.simulation.scenario.YamlDocument;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * What {@code run} and {@code compare} share: load and check every input before anything runs, claim
 * the output folder, run all replications, write the tables into the staging folder, and move it into
 * place only when everything is there.
 */
final class Study {
    /** Headline KPIs printed on stdout. */
    private static final List<Kpi> HEADLINE = List.of(Kpi.RELEASES_PER_YEAR, Kpi.NO_ID_AT_RELEASE, Kpi.NO_INCOME_MONTH_AFTER,
            Kpi.NO_ADDRESS_AFTER_RELEASE, Kpi.MUNICIPAL_CONTACT_DURING_DETENTION, Kpi.RECIDIVISM_2Y, Kpi.REDETENTION_2Y);

    private final String command;
    private final RunOptions options;
    private final List<Path> scenarioFiles;
    private final List<String> commandLine;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Targets for sequential precision ({@code compare --precision}), empty for a fixed number of replications. */
    private List<Precision.Target> precision = List.of();
    private int maxReplications;
    /** Replications still to come after the current batch (the parameter draws), for an honest progress total. */
    private int plannedAfter;
    /** Tables a command adds to the folder besides the usual ones, by file name. */
    private final Map<String, Table> extraTables = new java.util.LinkedHashMap<>();

    Study(String command, RunOptions options, List<Path> scenarioFiles, List<String> commandLine, PrintWriter out, PrintWriter err) {
        this.command = command;
        this.options = options;
        this.scenarioFiles = scenarioFiles;
        this.commandLine = commandLine;
        this.out = out;
        this.err = err;
    }

    /** Adds replications, from {@code options.replications} up to {@code maximum}, until every target is met. */
    Study withPrecision(List<Precision.Target> targets, int maximum) {
        this.precision = List.copyOf(targets);
        this.maxReplications = maximum;
        return this;
    }

    /** Writes {@code table} as {@code fileName} (CSV) into the output folder as well. */
    Study withExtraTable(String fileName, Table table) {
        extraTables.put(fileName, table);
        return this;
    }

    /** Runs replications {@code first .. first + options.replications - 1}; returns the exit code. */
    int execute(int firstReplication) {
        String optionProblem = options.problem(scenarioFiles.size());
        if (optionProblem != null) {
            err.println("reintsim " + command + ": " + optionProblem);
            return ExitCodes.BAD_INPUT;
        }
        Path parameterFile = options.parameterFile();
        List<InputProblem> problems = new ArrayList<>();
        ModelParameters parameters = null;
        try {
            parameters = ParameterLoader.load(parameterFile);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        Path municipalityFile = options.municipalityFile();
        List<Municipality> municipalities = null;
        try {
            municipalities = MunicipalityTableLoader.load(municipalityFile);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        List<Target> targets = List.of();
        if (options.targets != null) {
            try {
                targets = TargetLoader.load(options.targets);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        ParameterDraws draws = null;
        if (options.uncertainty > 0 && parameters != null) {
            try {
                draws = new ParameterDraws(ParameterFile.load(parameterFile), options.uncertainty, options.seed);
                for (int d = 0; d < draws.size(); d++) draws.parameters(d);   // every draw must load before anything runs
            } catch (InputException e) {
                problems.addAll(e.problems());
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(parameterFile.toString(), 0, 0, "range",
                        "a parameter draw within the ranges is not a valid parameter set (narrow the range that is named): " + e.getMessage()));
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : scenarioFiles) {
            try {
                Scenario scenario = ScenarioLoader.load(file);
                scenarios.add(options.years == null ? scenario : scenario.withHorizonYears(options.years));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        List<String> names = scenarios.stream().map(Scenario::name).collect(Collectors.toList());
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i) {
                problems.add(new InputProblem(scenarioFiles.get(i).toString(), 0, 0, "name",
                        "scenario name \"" + names.get(i) + "\" is used by two files; names must be unique in one run"));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p));
            err.println("reintsim " + command + ": " + problems.size() + " problem(s) in the input; nothing was run or written");
            return ExitCodes.BAD_INPUT;
        }

        for (String note : StudyNotes.of(scenarios)) err.println("reintsim " + command + ": note: " + note);
        err.flush();

        Path target = options.out != null ? options.out : defaultOut(names);
        RunFolder folder;
        try {
            folder = RunFolder.prepare(target, options.force);
        } catch (RunFolder.TargetExists e) {
            err.println("reintsim " + command + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("reintsim " + command + ": cannot create output folder " + target + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }

        // On Ctrl-C or SIGTERM: stop the run, then let the JVM wait until the staging folder is gone, so that
        // nothing half-written is left at or next to the target.
        InterruptGuard guard = new InterruptGuard();
        int drawRuns = options.uncertainty * options.uncertaintyReplications * scenarios.size();
        ProgressReporter progress = new ProgressReporter(err, !options.quiet, "reintsim " + command,
                scenarios.size() * options.replications + drawRuns);
        plannedAfter = drawRuns;
        try (folder) {
            Instant started = Instant.now();
            ModelParameters model = parameters;
            List<Municipality> table = municipalities;
            ModelInputs inputs = new ModelInputs(model, table);
            List<List<ReplicationKpis>> results = replications(scenarios, inputs, firstReplication, options.replications, progress);
            List<Precision.Status> precisionStatus = List.of();
            if (!precision.isEmpty()) {
                precisionStatus = Precision.status(results, precision);
                while (!Precision.allMet(precisionStatus) && results.get(0).size() < maxReplications) {
                    int now = results.get(0).size();
                    int next = Precision.nextTotal(precisionStatus, now, maxReplications);
                    List<List<ReplicationKpis>> more = replications(scenarios, inputs, firstReplication + now, next - now, progress);
                    for (int s = 0; s < results.size(); s++) results.get(s).addAll(more.get(s));
                    precisionStatus = Precision.status(results, precision);
                }
            }
            int replicationsRun = results.get(0).size();
            Table uncertainty = null;
            if (draws != null) {
                plannedAfter = 0;
                List<List<List<ReplicationKpis>>> byDraw = new ArrayList<>();
                for (int d = 0; d < draws.size(); d++) {
                    byDraw.add(KpiReplications.run(scenarios, new ModelInputs(draws.parameters(d), table),
                            new RunSettings(options.seed, options.uncertaintyReplications, options.threadCount()), 0,
                            progressFrom(progress)));
                    if (Thread.interrupted()) throw new CancellationException("interrupted");
                }
                uncertainty = Uncertainty.table(byDraw);
            }
            RunSettings settings = new RunSettings(options.seed, replicationsRun, options.threadCount());

            Path staging = folder.staging();
            SimCalendar calendar = ReintegrationSimulation.calendarOf(scenarios.get(0), model);
            int firstMonth = calendar.monthIndex(calendar.measurementStartDay());
            write(ResultTables.summary(results), staging, "summary");
            Table timeseries = ResultTables.timeseries(results, m -> calendar.month(firstMonth + m));
            csv(timeseries, staging.resolve("timeseries.csv"));
            csv(ResultTables.bySizeClass(results), staging.resolve("municipalities.csv"));
            csv(ResultTables.byGroup(results), staging.resolve("groups.csv"));
            csv(ResultTables.monitor(results), staging.resolve("monitor.csv"));
            csv(CostTables.costs(results), staging.resolve("costs.csv"));
            Table costsPerYear = CostTables.perYear(results);
            csv(costsPerYear, staging.resolve(ReportCommand.COSTS_PER_YEAR));
            csv(CostTables.municipalCosts(results), staging.resolve("costs-municipalities.csv"));
            csv(CostTables.byMunicipality(results, table), staging.resolve("costs-by-municipality.csv"));
            Table costComparison = results.size() > 1 ? CostTables.comparison(results) : null;
            if (costComparison != null) {
                write(ResultTables.comparison(results), staging, "comparison");
                csv(ResultTables.comparisonByGroup(results), staging.resolve("comparison-groups.csv"));
                write(costComparison, staging, "cost-comparison");
            }
            if (!precisionStatus.isEmpty()) csv(Precision.table(precisionStatus), staging.resolve("precision.csv"));
            Table fit = targets.isEmpty() ? null : FitReport.table(targets, results.get(0));
            if (fit != null) csv(fit, staging.resolve("fit.csv"));
            if (uncertainty != null) {
                csv(uncertainty, staging.resolve("uncertainty.csv"));
                csv(draws.table(), staging.resolve("parameter-draws.csv"));
            }
            for (var extra : extraTables.entrySet()) csv(extra.getValue(), staging.resolve(extra.getKey()));
            List<Path> inputFiles = new ArrayList<>();
            inputFiles.add(parameterFile);
            inputFiles.add(municipalityFile);
            inputFiles.addAll(scenarioFiles);
            Files.copy(parameterFile, staging.resolve("resolved-parameters.yaml"));
            CsvWriter.write(ReplicationsFile.table(results), staging.resolve(ReplicationsFile.NAME));
            Files.createDirectories(staging.resolve("scenarios"));
            for (int s = 0; s < scenarios.size(); s++) {
                Path copy = staging.resolve("scenarios/" + scenarios.get(s).name() + ".yaml");
                if (options.years == null) Files.copy(scenarioFiles.get(s), copy);
                else Files.writeString(copy, withMeasuredYears(scenarioFiles.get(s), options.years));
            }
            new Manifest(ReintsimCommand.version(), Installation.gitCommit(), commandLine, options.seed,
                    replicationsRun, settings.threads(), inputFiles, started, Instant.now())
                    .write(staging.resolve("manifest.json"));
            if (!options.noReport) {
                ReportCommand.writeReport(staging, reportData(staging), Language.of(options.language));
            }
            folder.commit();

            printHeadline(results);
            if (costComparison != null) printCosts(costComparison);
            if (!precisionStatus.isEmpty()) printPrecision(precisionStatus, replicationsRun);
            if (uncertainty != null) printUncertainty(uncertainty, draws);
            if (fit != null) printFit(fit, FitReport.distance(targets, results.get(0)), results.get(0).get(0).scenario());
            out.println();
            out.println("Results: " + folder.target());
            out.flush();
            return ExitCodes.OK;
        } catch (CancellationException e) {
            err.println("reintsim " + command + ": interrupted; no output folder was written (" + progress.done() + " of "
                    + progress.total() + " replications had finished)");
            return ExitCodes.INTERRUPTED;
        } catch (ReplicationRunner.ReplicationFailure e) {
            err.println("reintsim " + command + ": " + e.getMessage());
            err.println("reintsim " + command + ": nothing was written");
            return ExitCodes.INTERNAL;
        } catch (RunFolder.TargetExists e) {
            err.println("reintsim " + command + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("reintsim " + command + ": cannot write results: " + e.getMessage() + "; nothing was written");
            return ExitCodes.INTERNAL;
        } finally {
            folder.abandon();
            guard.close();
        }
    }

    /** Replications {@code first .. first + count - 1} of every scenario, as KPIs; progress counts across batches. */
    private List<List<ReplicationKpis>> replications(List<Scenario> scenarios, ModelInputs inputs, int first, int count,
                                                     ProgressReporter progress) {
        int before = progress.done();
        int total = before + scenarios.size() * count + plannedAfter;
        List<List<ReplicationKpis>> results = KpiReplications.run(scenarios, inputs,
                new RunSettings(options.seed, count, options.threadCount()), first,
                (done, batchTotal) -> progress.replicationDone(before + done, total));
        if (Thread.interrupted()) throw new CancellationException("interrupted");
        return results;
    }

    /** Progress of the parameter draws' replications, counted on from what the reporter has seen. */
    private static ReplicationRunner.Progress progressFrom(ProgressReporter progress) {
        int before = progress.done();
        int total = progress.total();
        return (done, batchTotal) -> progress.replicationDone(before + done, total);
    }

    /** Headline KPIs with their uncertainty interval, and for alternatives how often they are better over parameter draws. */
    private void printUncertainty(Table table, ParameterDraws draws) {
        int scenario = table.column("scenario"), measure = table.column("measure"), kpiColumn = table.column("kpi");
        int meanColumn = table.column("mean"), lowColumn = table.column("ui95_low"), highColumn = table.column("ui95_high");
        int shareColumn = table.column("share_variance_parameters"), betterColumn = table.column("share_draws_better");
        out.println();
        out.printf(Locale.ROOT, "Parameter uncertainty: %d draws (Latin hypercube over %d assumption ranges), %s replications each;%n",
                draws.size(), draws.uncertain().size(), table.rows().get(0)[table.column("replications_per_draw")]);
        out.println("interval = 2.5-97.5% of the draws' means; 'parameters' = share of a run's variance due to parameters. Details in uncertainty.csv.");
        for (Object[] row : table.rows()) {
            String key = (String) row[kpiColumn];
            Kpi kpi = Kpi.byKey(key);
            boolean level = row[measure].equals("level");
            if (level && (kpi == null || !HEADLINE.contains(kpi))) continue;
            if (!level && !(key.equals(Kpi.RECIDIVISM_2Y.key()) || key.equals(Uncertainty.NET_BENEFIT))) continue;
            double mean = (double) row[meanColumn], low = (double) row[lowColumn], high = (double) row[highColumn];
            double share = (double) row[shareColumn], better = (double) row[betterColumn];
            if (level) {
                out.printf(Locale.ROOT, "  %-22s %-36s %s, parameters %.0f%%%n", row[scenario], kpi.key(), interval(kpi, mean, low, high), 100 * share);
            } else if (kpi != null) {
                out.printf(Locale.ROOT, "  %-22s %-36s %s, better in %s of draws%n", row[scenario], "difference in " + kpi.key(),
                        difference(kpi, mean, low, high), percent(better));
            } else {
                out.printf(Locale.ROOT, "  %-22s %-36s %+.1f (%+.1f to %+.1f) EUR million, benefits exceed costs in %.0f%% of draws%n",
                        row[scenario], "societal net benefit (NPV)", mean / 1e6, low / 1e6, high / 1e6, 100 * better);
            }
        }
    }

    /** Per alternative: who pays how much more (net present value, millions of base-year euros) and the societal balance. */
    private void printCosts(Table costs) {
        out.println();
        out.println("Costs against the baseline: net present value of the extra cost over the horizon, EUR million (95% CI);");
        out.println("negative means a saving. Society = all payers (transfers cancel). Details in cost-comparison.csv.");
        String current = null;
        for (Object[] row : costs.rows()) {
            String alternative = (String) row[0];
            String measure = (String) row[2];
            String payer = (String) row[3];
            double mean = (double) row[4];
            if (!alternative.equals(current)) {
                current = alternative;
                out.printf(Locale.ROOT, "%s%n", alternative);
            }
            if (measure.equals("npv_cost_difference_eur")) {
                out.printf(Locale.ROOT, "  %-24s %s%n", payer, millions(mean, (double) row[5], (double) row[6]));
            } else if (measure.equals("benefit_cost_ratio")) {
                out.printf(Locale.ROOT, "  %-24s %10s%n", "benefit-cost ratio", Double.isNaN(mean) ? "n/a (no extra cost)" : String.format(Locale.ROOT, "%.2f", mean));
            } else if (measure.equals("chance_benefits_exceed_costs")) {
                out.printf(Locale.ROOT, "  %-24s %9.0f%% of runs%n", "benefits exceed costs", 100 * mean);
            }
        }
    }

    private void printFit(Table fit, double distance, String scenario) {
        long matched = fit.rows().stream().filter(r -> r[7].equals("yes")).count();
        out.println();
        out.printf(Locale.ROOT, "Fit of %s to the targets: %d of %d within tolerance, weighted distance %.1f (details in fit.csv)%n",
                scenario, matched, fit.rows().size(), distance);
        for (Object[] row : fit.rows()) {
            if (row[7].equals("yes")) continue;
            out.printf(Locale.ROOT, "  %-40s target %-10s simulated %-10s (tolerance %s)%n", row[0], Numbers.format((double) row[1]),
                    Numbers.format((double) row[4]), Numbers.format((double) row[2]));
        }
    }

    private void printPrecision(List<Precision.Status> statuses, int replications) {
        out.println();
        if (Precision.allMet(statuses)) {
            out.printf(Locale.ROOT, "Precision reached after %d replications: every paired 95%% CI half-width is within its target.%n",
                    replications);
        } else {
            out.printf(Locale.ROOT, "Precision NOT reached: stopped at --max-replications %d. Still too wide:%n", replications);
        }
        for (Precision.Status s : statuses) {
            if (s.met() && Precision.allMet(statuses)) continue;
            if (!s.met()) {
                out.printf(Locale.ROOT, "  %-24s %-28s half-width %.4g > target %.4g%n", s.alternative(), s.target().kpi().key(),
                        s.halfWidth(), s.target().halfWidth());
            }
        }
    }

    private void csv(Table table, Path file) throws IOException {
        CsvWriter.write(table, file, CsvWriter.Dialect.of(options.csvDialect));
    }

    private void write(Table table, Path folder, String name) throws IOException {
        csv(table, folder.resolve(name + ".csv"));
        JsonWriter.write(table, folder.resolve(name + ".json"));
    }

    private Path defaultOut(List<String> names) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String joined = String.join("-", names);
        if (joined.length() > 80) joined = joined.substring(0, 80);
        Path base = Path.of("results", command + "-" + joined + "-" + stamp);
        Path candidate = base;
        for (int i = 2; Files.exists(candidate); i++) candidate = Path.of(base + "-" + i);
        return candidate;
    }

    private void printHeadline(List<List<ReplicationKpis>> results) {
        out.printf(Locale.ROOT, "%-36s", "kpi");
        for (List<ReplicationKpis> runs : results) out.printf(Locale.ROOT, " %28s", runs.get(0).scenario());
        out.println();
        for (Kpi kpi : HEADLINE) {
            out.printf(Locale.ROOT, "%-36s", kpi.key());
            for (List<ReplicationKpis> runs : results) {
                Summary s = Summary.of(ResultTables.values(runs, kpi));
                out.printf(Locale.ROOT, " %28s", interval(kpi, s.mean(), s.ci95Low(), s.ci95High()));
            }
            out.println();
        }
        if (results.size() < 2) return;
        out.println();
        out.printf(Locale.ROOT, "Paired differences against %s (mean and 95%% CI; pp = percentage points)%n", results.get(0).get(0).scenario());
        for (List<ReplicationKpis> alternative : results.subList(1, results.size())) {
            for (Kpi kpi : HEADLINE) {
                if (kpi.direction() == Kpi.Direction.NEUTRAL) continue;
                PairedDifference d = PairedDifference.of(ResultTables.values(results.get(0), kpi),
                        ResultTables.values(alternative, kpi), kpi.direction() == Kpi.Direction.LOWER_IS_BETTER);
                out.printf(Locale.ROOT, "%-24s %-36s %30s  better in %4s of runs%n", alternative.get(0).scenario(), kpi.key(),
                        difference(kpi, d.difference().mean(), d.difference().ci95Low(), d.difference().ci95High()),
                        percent(d.shareBetter()));
            }
        }
    }

    /**
     * Euros in millions with their interval: one decimal, or up to three where one would not show the interval's
     * width (a payer barely touched by a measure); the mean right-aligned so that a scenario's payers line up.
     */
    static String millions(double mean, double low, double high) {
        String[] shown = signedWithInterval(mean / 1e6, low / 1e6, high / 1e6, 1, 3);
        return String.format(Locale.ROOT, "%10s (%s to %s)", shown[0], shown[1], shown[2]);
    }

    /** A mean and its interval's ends with their signs, in the decimals that show the interval's width. */
    private static String[] signedWithInterval(double mean, double low, double high, int least, int most) {
        String number = "%+." + Language.decimalsToShowWidth(low, high, least, most) + "f";
        return new String[] {String.format(Locale.ROOT, number, mean), String.format(Locale.ROOT, number, low),
                String.format(Locale.ROOT, number, high)};
    }

    /** A share of runs or draws in whole per cent; n/a where there was nothing to count (a KPI not measured). */
    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String interval(Kpi kpi, double mean, double low, double high) {
        if (Double.isNaN(mean)) return "n/a";
        if (kpi.unit().equals("share")) {
            return Double.isNaN(low) ? String.format(Locale.ROOT, "%.2f%%", 100 * mean)
                    : String.format(Locale.ROOT, "%.2f%% (%.2f to %.2f)", 100 * mean, 100 * low, 100 * high);
        }
        return Double.isNaN(low) ? String.format(Locale.ROOT, "%,.0f", mean)
                : String.format(Locale.ROOT, "%,.0f (%,.0f to %,.0f)", mean, low, high);
    }

    /**
     * Differences of shares are in percentage points, not percent: two decimals, or up to four where the interval is
     * too narrow for two to show it (as the report does, {@link Language#decimalsToShowWidth}).
     */
    static String difference(Kpi kpi, double mean, double low, double high) {
        if (!kpi.unit().equals("share") || Double.isNaN(mean)) return interval(kpi, mean, low, high);
        if (Double.isNaN(low)) return String.format(Locale.ROOT, "%+.2f pp", 100 * mean);
        String[] shown = signedWithInterval(100 * mean, 100 * low, 100 * high, 2, 4);
        return shown[0] + " pp (" + shown[1] + " to " + shown[2] + ")";
    }

    /**
     * The scenario file as it ran with {@code --years}: its horizon replaced and marked, the rest as written, so that the
     * results folder's copy says what was measured (and {@code reintsim report} reads that horizon back).
     */
    static String withMeasuredYears(Path scenarioFile, int years) throws IOException {
        YamlDocument document;
        try {
            document = YamlDocument.read(scenarioFile);
        } catch (InputException e) {   // it was read before the run: only a change since then gets here
            throw new IOException(scenarioFile + " changed during the run: " + e.getMessage(), e);
        }
        int written = document.rootNode().get("horizonYears").asInt();
        String text = document.withScalars(Map.of("horizonYears", Integer.toString(years)));
        return text.replaceFirst("(?m)^(horizonYears:[^\\r\\n#]*?)[ \\t]*(#.*)?$",
                "$1  # --years " + years + "; the scenario file says " + written);
    }

    /** The report's data, read back from the files just written (see {@link ReportCommand#read}). */
    private static ReportData reportData(Path staging) throws IOException {
        try {
            return ReportCommand.read(staging);
        } catch (InputException e) {   // copies of inputs that loaded before the run: only a bug gets here
            throw new IOException("the run's own files could not be read back: " + e.getMessage(), e);
        }
    }
}
