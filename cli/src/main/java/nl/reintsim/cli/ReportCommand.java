package nl.reintsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.report.Charts;
import nl.reintsim.output.report.HtmlReport;
import nl.reintsim.output.report.Language;
import nl.reintsim.output.report.ReportData;
import nl.reintsim.output.table.ReplicationsFile;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.scenario.InputException;
import nl.reintsim.simulation.scenario.ParameterLoader;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** Writes report.html and charts/ again from a run or compare folder, e.g. in the other language. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write report.html and charts/ from an output folder of run or compare, without running anything.",
                "Reads replications.csv, timeseries.csv, scenarios/, resolved-parameters.yaml and manifest.json, and where present "
                        + "costs-per-year.csv, cost-comparison.json, fit.csv and uncertainty.csv."})
final class ReportCommand implements Callable<Integer> {
    static final String COSTS_PER_YEAR = "costs-per-year.csv";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "An output folder of run or compare.")
    Path folder;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Language (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--force", description = "Replace an existing report.html and charts/.")
    boolean force;

    @Override public Integer call() {
        var err = spec.commandLine().getErr();
        if (!language.equals("nl") && !language.equals("en")) {
            err.println("reintsim report: --lang: found \"" + language + "\", allowed: nl, en");
            return ExitCodes.BAD_INPUT;
        }
        Path replications = folder.resolve(ReplicationsFile.NAME);
        if (!Files.isRegularFile(replications)) {
            err.println("reintsim report: " + folder + " is not an output folder of run or compare (no " + ReplicationsFile.NAME + ")");
            return ExitCodes.BAD_INPUT;
        }
        if (Files.exists(folder.resolve("report.html")) && !force) {
            err.println("reintsim report: " + folder.resolve("report.html") + " exists; use --force to replace it");
            return ExitCodes.BAD_INPUT;
        }
        try {
            ReportData data = read(folder);
            Path staging = Files.createTempDirectory(folder, ".report.partial-");
            try {
                Files.copy(folder.resolve("manifest.json"), staging.resolve("manifest.json"));
                writeReport(staging, data, Language.of(language));
                replace(staging.resolve("charts"), folder.resolve("charts"));
                Files.move(staging.resolve("report.html"), folder.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                deleteTree(staging);
            }
        } catch (InputException e) {
            e.problems().forEach(p -> err.println(p));
            err.println("reintsim report: the folder's input copies have problems; nothing was written");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("reintsim report: " + e.getMessage() + "; nothing was written");
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Written: " + folder.resolve("report.html"));
        return ExitCodes.OK;
    }

    /**
     * What the report shows, read from an output folder's files. A run writes its report from these too, once they are
     * written, so that the report a run writes and the one this command writes again are the same byte for byte (from
     * the numbers in memory the charts differed in a pixel here and there: the files round to eight digits).
     */
    static ReportData read(Path folder) throws IOException, InputException {
        List<List<ReplicationKpis>> results = ReplicationsFile.read(folder.resolve(ReplicationsFile.NAME));
        List<Scenario> scenarios = new ArrayList<>();
        for (List<ReplicationKpis> runs : results) {
            scenarios.add(ScenarioLoader.load(folder.resolve("scenarios/" + runs.get(0).scenario() + ".yaml")));
        }
        List<Quantity> parameters = ParameterLoader.load(folder.resolve("resolved-parameters.yaml")).quantities();
        Path costs = folder.resolve("cost-comparison.json");
        Table costComparison = Files.exists(costs) ? ReplicationsFile.readJsonTable(costs, "alternative", "baseline", "measure",
                "payer", "mean", "ci95_low", "ci95_high", "n") : null;
        return new ReportData(results, scenarios, parameters, costComparison,
                ReplicationsFile.readCsvTable(folder.resolve("timeseries.csv")), optionalCsv(folder.resolve(COSTS_PER_YEAR)),
                optionalCsv(folder.resolve("fit.csv")), optionalCsv(folder.resolve("uncertainty.csv")));
    }

    /** report.html and charts/ into {@code folder}, which holds the run's manifest.json. */
    static void writeReport(Path folder, ReportData data, Language language) throws IOException {
        List<Charts.Written> charts = Charts.write(data, language, folder.resolve("charts"));
        Files.writeString(folder.resolve("report.html"), HtmlReport.html(data, charts, Files.readString(folder.resolve("manifest.json")), language));
    }

    /** A table the run writes only in some cases (fit with --targets, uncertainty with --uncertainty) or that an older version did not write. */
    private static Table optionalCsv(Path file) throws IOException {
        return Files.exists(file) ? ReplicationsFile.readCsvTable(file) : null;
    }

    private static void replace(Path from, Path to) throws IOException {
        deleteTree(to);
        Files.move(from, to);
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
