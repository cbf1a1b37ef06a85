package nl.reintsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that simulate. Precedence: command line &gt; scenario file &gt; parameter file. */
final class RunOptions {
    /** More than this is refused up front: at ~0.5 s each it would take days. */
    static final int MAX_REPLICATIONS = 100_000;
    static final int MAX_THREADS = 1024;

    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "20",
            description = "Replications per scenario (1..." + MAX_REPLICATIONS + "; default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260101",
            description = "Master seed; replication i of every scenario uses the streams of (S, i) (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--years", paramLabel = "Y",
            description = "Measured years after each scenario's start, overriding its horizonYears (1..50).")
    Integer years;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "Parameter file (default: calibration/parameters/nl-2025.yaml of this installation).")
    Path parameters;

    @Option(names = "--municipalities", paramLabel = "FILE",
            description = "Municipality table (default: calibration/municipalities/nl-2025.csv of this installation).")
    Path municipalities;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<command>-<scenarios>-<timestamp>/).")
    Path out;

    @Option(names = "--force", description = "Replace an existing non-empty output folder.")
    boolean force;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Compare the first scenario with calibration targets (e.g. calibration/targets/nl.yaml) in a chart "
                    + "and in fit.csv: per target the simulated mean and 95%% CI, and whether it is within tolerance.")
    Path targets;

    @Option(names = "--uncertainty", paramLabel = "N", defaultValue = "0",
            description = "Also run N parameter sets drawn by Latin hypercube over the ranges of the values that are "
                    + "assumptions (not fitted), each with --uncertainty-replications replications: uncertainty.csv gives "
                    + "intervals from both sources, how much of the variance is parameters versus chance, and (compare) the "
                    + "share of draws in which an alternative is better and its benefits exceed its costs.")
    int uncertainty;

    @Option(names = "--uncertainty-replications", paramLabel = "R", defaultValue = "2",
            description = "Replications per parameter draw with --uncertainty (2..1000; default: ${DEFAULT-VALUE}).")
    int uncertaintyReplications;

    @Option(names = "--no-report", description = "Do not write report.html and the charts.")
    boolean noReport;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
            description = "Language of report.html and the charts (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--csv-dialect", paramLabel = "rfc4180|nl", defaultValue = "rfc4180",
            description = "CSV files: rfc4180 (comma, decimal dot; the default) or nl (semicolon, decimal comma, "
                    + "which Dutch Excel opens as numbers).")
    String csvDialect;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    int threadCount() { return threads != null ? threads : Runtime.getRuntime().availableProcessors(); }

    /** The usage problem with these options for {@code scenarios} scenarios, or null. */
    String problem(int scenarios) {
        if (!language.equals("nl") && !language.equals("en")) return "--lang: found \"" + language + "\", allowed: nl, en";
        if (!csvDialect.equals("rfc4180") && !csvDialect.equals("nl")) return "--csv-dialect: found \"" + csvDialect + "\", allowed: rfc4180, nl";
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            String size = replications < 1 ? "" : String.format(java.util.Locale.ROOT,
                    " (%,d replications of %d scenario(s) would simulate the whole country %,d times)",
                    replications, scenarios, (long) replications * scenarios);
            return "--replications: found " + replications + size + ", allowed 1 to " + MAX_REPLICATIONS;
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            return "--threads: found " + threads + ", allowed 1 to " + MAX_THREADS;
        }
        if (years != null && (years < 1 || years > 50)) return "--years: found " + years + ", allowed 1 to 50";
        if (uncertainty != 0 && (uncertainty < 2 || uncertainty > 10_000)) {
            return "--uncertainty: found " + uncertainty + ", allowed 0 (off) or 2 to 10000 parameter draws";
        }
        if (uncertaintyReplications < 2 || uncertaintyReplications > 1000) {
            return "--uncertainty-replications: found " + uncertaintyReplications + ", allowed 2 to 1000 (two are needed to tell chance from parameters)";
        }
        return null;
    }

    Path municipalityFile() {
        return municipalities != null ? municipalities : Installation.home().resolve("calibration/municipalities/nl-2025.csv");
    }

    Path parameterFile() {
        return parameters != null ? parameters : Installation.home().resolve("calibration/parameters/nl-2025.yaml");
    }
}
