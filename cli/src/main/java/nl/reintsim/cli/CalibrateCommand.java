package nl.reintsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import nl.reintsim.calibration.Calibrator;
import nl.reintsim.calibration.FreeParameter;
import nl.reintsim.calibration.ModelObjective;
import nl.reintsim.calibration.ParameterFile;
import nl.reintsim.calibration.Target;
import nl.reintsim.calibration.TargetLoader;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.engine.ReplicationRunner;
import nl.reintsim.simulation.engine.RunSettings;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.scenario.InputException;
import nl.reintsim.simulation.scenario.InputProblem;
import nl.reintsim.simulation.scenario.MunicipalityTableLoader;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit the parameters marked `fit: {min, max}` in the parameter file to the calibration targets.",
                "CMA-ES minimises the weighted distance (targets file) of one scenario; every candidate runs the same "
                        + "replications (common random numbers). Writes the fitted parameter file to --output (comments and "
                        + "sources kept, fitted values say so), then runs a check with -r fresh replications whose output folder "
                        + "holds fit.csv, the fit chart, report.html and calibration-trace.csv (every evaluation)."})
final class CalibrateCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin RunOptions options;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO.yaml",
            description = "The scenario whose results are compared with the targets (default: scenarios/baseline.yaml of this installation).")
    Path scenario;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "Where to write the fitted parameter file; an existing file is replaced only with --force.")
    Path output;

    @Option(names = "--fit-replications", paramLabel = "N", defaultValue = "2",
            description = "Replications per evaluation, the same ones for every candidate (default: ${DEFAULT-VALUE}).")
    int fitReplications;

    @Option(names = "--fit-years", paramLabel = "Y", defaultValue = "4",
            description = "Measured years per evaluation (default: ${DEFAULT-VALUE}: two years of releases with their two-year "
                    + "follow-up). The check run uses the scenario's horizon, or --years.")
    int fitYears;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "300",
            description = "Budget of evaluations, the start included (default: ${DEFAULT-VALUE}).")
    int evaluations;

    @Option(names = "--sigma", paramLabel = "S", defaultValue = "0.15",
            description = "First CMA-ES step as a share of each parameter's fit interval (log scale for positive bounds; default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--population", paramLabel = "N", defaultValue = "0",
            description = "Candidates per CMA-ES generation (default: 4 + 3 ln(free parameters)).")
    int population;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (usage != null) {
            err.println("reintsim calibrate: " + usage);
            return ExitCodes.BAD_INPUT;
        }
        Path scenarioFile = scenario != null ? scenario : Installation.home().resolve("scenarios/baseline.yaml");
        Path targetFile = options.targets != null ? options.targets : Installation.home().resolve("calibration/targets/nl.yaml");
        List<InputProblem> problems = new ArrayList<>();
        ParameterFile parameters = null;
        List<Municipality> municipalities = null;
        List<Target> targets = null;
        Scenario fitScenario = null;
        try {
            parameters = ParameterFile.load(options.parameterFile());
            if (parameters.free().isEmpty()) {
                problems.add(new InputProblem(options.parameterFile().toString(), 0, 0, "",
                        "no value carries fit: {min, max}, so there is nothing to calibrate"));
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            municipalities = MunicipalityTableLoader.load(options.municipalityFile());
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            targets = TargetLoader.load(targetFile);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            fitScenario = ScenarioLoader.load(scenarioFile).withHorizonYears(fitYears);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println("reintsim calibrate: " + problems.size() + " problem(s) in the input; nothing was run or written");
            return ExitCodes.BAD_INPUT;
        }
        if (Files.exists(output) && !options.force) {
            err.println("reintsim calibrate: --output " + output + " exists; choose another file or add --force to replace it");
            return ExitCodes.BAD_INPUT;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            err.println("reintsim calibrate: --output " + output + ": folder " + parent + " does not exist");
            return ExitCodes.BAD_INPUT;
        }
        if (options.out != null && Files.exists(options.out) && !options.force && !isEmptyFolder(options.out)) {
            err.println("reintsim calibrate: --out " + options.out + " exists and is not empty; choose another folder or add --force");
            return ExitCodes.BAD_INPUT;
        }

        ParameterFile file = parameters;
        List<FreeParameter> free = file.free();
        err.printf(Locale.ROOT, "reintsim calibrate: %d free parameters, %d targets, up to %d evaluations of %d replication(s) of %d years%n",
                free.size(), targets.size(), evaluations, fitReplications, fitYears);
        ModelObjective objective = new ModelObjective(file, municipalities, fitScenario, targets,
                new RunSettings(options.seed, fitReplications, options.threadCount()), ReplicationRunner.Progress.NONE);
        Calibrator.Settings settings = new Calibrator.Settings(evaluations, sigma, population, options.seed);
        Calibrator.Result result;
        try (InterruptGuard guard = new InterruptGuard()) {
            result = Calibrator.fit(free, file.start(), objective, settings, progress(err));
        } catch (CancellationException e) {
            err.println("reintsim calibrate: interrupted during the fit; nothing was written");
            return ExitCodes.INTERRUPTED;
        } catch (ReplicationRunner.ReplicationFailure e) {
            err.println("reintsim calibrate: " + e.getMessage());
            err.println("reintsim calibrate: nothing was written");
            return ExitCodes.INTERNAL;
        }

        double[] best = result.best().values();
        List<String> header = header(file, targetFile, scenarioFile, result);
        String text = file.fittedText(best, "reintsim calibrate to " + targetFile.getFileName() + " (see the header)", header);
        try {
            Path temporary = Files.createTempFile(parent, "." + output.getFileName(), ".partial");
            try {
                Files.writeString(temporary, text);
                Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            err.println("reintsim calibrate: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        printParameters(out, free, result);
        out.println("Fitted parameters: " + output);
        out.flush();

        // The check: the fitted file, fresh replications (numbers the fit never saw), the scenario's own horizon.
        options.parameters = output;
        options.targets = targetFile;
        return new Study("calibrate", options, List.of(scenarioFile), RunCommand.commandLine(spec), out, err)
                .withExtraTable("calibration-trace.csv", trace(free, result))
                .execute(fitReplications);
    }

    private String usageProblem() {
        String problem = options.problem(1);
        if (problem != null) return problem;
        if (fitReplications < 1 || fitReplications > 1000) return "--fit-replications: found " + fitReplications + ", allowed 1 to 1000";
        if (fitYears < 3 || fitYears > 50) {
            return "--fit-years: found " + fitYears + ", allowed 3 to 50 (two-year follow-ups need at least three measured years)";
        }
        if (evaluations < 2 || evaluations > 100_000) return "--evaluations: found " + evaluations + ", allowed 2 to 100000";
        if (!(sigma > 0 && sigma <= 1)) return "--sigma: found " + sigma + ", allowed above 0 up to 1";
        if (population != 0 && (population < 2 || population > 1000)) return "--population: found " + population + ", allowed 2 to 1000";
        return null;
    }

    private static boolean isEmptyFolder(Path folder) {
        try (var list = Files.list(folder)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** A line per evaluation at most every two seconds: how far, the best so far, and time left at most. */
    private Calibrator.Progress progress(PrintWriter err) {
        long start = System.nanoTime();
        long[] last = {start - 2_000_000_000L};
        return (evaluation, budget, best) -> {
            if (options.quiet) return;
            long now = System.nanoTime();
            int done = evaluation.index() + 1;
            if (done < budget && now - last[0] < 2_000_000_000L) return;
            last[0] = now;
            double elapsed = (now - start) / 1e9;
            err.printf(Locale.ROOT, "reintsim calibrate: evaluation %d of at most %d, distance %.2f, best %.2f (evaluation %d),"
                            + " %.0f s elapsed, at most about %.0f s to go%n",
                    done, budget, evaluation.distance(), best.distance(), best.index() + 1, elapsed, elapsed / done * (budget - done));
            err.flush();
        };
    }

    private List<String> header(ParameterFile file, Path targetFile, Path scenarioFile, Calibrator.Result result) {
        List<String> lines = new ArrayList<>();
        lines.add("Fitted by `reintsim calibrate` from " + Path.of(file.fileName()).getFileName() + " to the targets in "
                + targetFile.getFileName() + " for scenario " + scenarioFile.getFileName() + ".");
        lines.add(String.format(Locale.ROOT, "CMA-ES: %d evaluations (%s), seed %d, %d replication(s) per evaluation over %d measured years,",
                result.trace().size(), result.stopReason(), options.seed, fitReplications, fitYears));
        lines.add(String.format(Locale.ROOT, "sigma %s, population %s. Weighted distance %.2f at the start, %.2f after the fit.",
                sigma, population == 0 ? "default" : Integer.toString(population), result.start().distance(), result.best().distance()));
        lines.add("Values marked fit: were moved; their source says \"fitted\" and keeps the earlier note after \"before:\".");
        lines.add("The check run's fit.csv (fresh replications) tells how well each target is met.");
        return lines;
    }

    private static void printParameters(PrintWriter out, List<FreeParameter> free, Calibrator.Result result) {
        out.printf(Locale.ROOT, "Calibration: %d evaluations (%s); weighted distance %.2f at the start, %.2f after the fit%n",
                result.trace().size(), result.stopReason(), result.start().distance(), result.best().distance());
        for (int i = 0; i < free.size(); i++) {
            FreeParameter p = free.get(i);
            double before = result.start().values()[i];
            double after = result.best().values()[i];
            double span = p.max() - p.min();
            String bound = after - p.min() <= 0.01 * span ? "  at its lower fit bound" : p.max() - after <= 0.01 * span ? "  at its upper fit bound" : "";
            out.printf(Locale.ROOT, "  %-55s %12s -> %-12s [%s, %s]%s%n", p.path(), num(before), num(after), num(p.min()), num(p.max()), bound);
        }
    }

    private static String num(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static Table trace(List<FreeParameter> free, Calibrator.Result result) {
        List<String> columns = new ArrayList<>(List.of("evaluation", "distance", "best_so_far"));
        for (FreeParameter p : free) columns.add(p.path());
        Table table = new Table(columns.toArray(String[]::new));
        double best = Double.POSITIVE_INFINITY;
        for (Calibrator.Evaluation e : result.trace()) {
            best = Math.min(best, e.distance());
            Object[] row = new Object[columns.size()];
            row[0] = e.index() + 1;
            row[1] = e.distance();
            row[2] = best;
            for (int i = 0; i < free.size(); i++) row[3 + i] = e.values()[i];
            table.add(row);
        }
        return table;
    }
}
