package nl.reintsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.statistics.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare alternatives with a baseline, replication by replication (common random numbers).",
                "Writes everything `run` writes plus comparison.csv/.json: per alternative and KPI the mean paired "
                        + "difference, its 95%% CI, the relative change and the share of runs in which the alternative is better."})
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin RunOptions options;

    @Parameters(index = "0", paramLabel = "BASELINE.yaml", description = "The reference scenario.")
    Path baseline;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ALTERNATIVE.yaml", description = "Scenarios to compare with it.")
    List<Path> alternatives;

    @Option(names = "--precision", paramLabel = "KPI=HALFWIDTH",
            description = "Keep adding replications until the paired 95%% CI half-width of KPI is at most HALFWIDTH for every "
                    + "alternative (e.g. recidivism_2y=0.005 for half a percentage point); repeatable. -r is the first batch.")
    List<String> precision = new ArrayList<>();

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "200",
            description = "With --precision: stop at N replications even if a target is not met (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    @Override public Integer call() {
        List<Path> files = new ArrayList<>();
        files.add(baseline);
        for (Path alternative : alternatives) {
            if (!alternative.toAbsolutePath().normalize().equals(baseline.toAbsolutePath().normalize())) files.add(alternative);
        }
        if (files.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name at least one alternative besides the baseline");
        }
        List<Precision.Target> targets = new ArrayList<>();
        for (String target : precision) targets.add(target(target));
        if (!targets.isEmpty() && (maxReplications < options.replications || maxReplications > RunOptions.MAX_REPLICATIONS)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-replications: found " + maxReplications
                    + ", allowed " + options.replications + " (the first batch, -r) to " + RunOptions.MAX_REPLICATIONS);
        }
        return new Study("compare", options, files, RunCommand.commandLine(spec), spec.commandLine().getOut(),
                spec.commandLine().getErr()).withPrecision(targets, maxReplications).execute(0);
    }

    private Precision.Target target(String text) {
        int eq = text.indexOf('=');
        Kpi kpi = eq < 0 ? null : Kpi.byKey(text.substring(0, eq).strip());
        if (kpi == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--precision: found \"" + text
                    + "\", expected KPI=HALFWIDTH with a KPI name from summary.csv, e.g. recidivism_2y=0.005");
        }
        double halfWidth;
        try {
            halfWidth = Double.parseDouble(text.substring(eq + 1).strip());
        } catch (NumberFormatException e) {
            halfWidth = Double.NaN;
        }
        if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--precision " + kpi.key() + ": found \""
                    + text.substring(eq + 1) + "\", the half-width must be a number above 0 (in the KPI's unit; shares as fractions)");
        }
        return new Precision.Target(kpi, halfWidth);
    }
}
