package nl.reintsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare alternatives with a baseline, replication by replication (common random numbers).",
                "Writes everything `run` writes plus comparison.csv/.json: per alternative and KPI the mean paired",
                "difference, its 95%% CI, the relative change and the share of runs in which the alternative is better."})
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin RunOptions options;

    @Parameters(index = "0", paramLabel = "BASELINE.yaml", description = "The reference scenario.")
    Path baseline;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ALTERNATIVE.yaml", description = "Scenarios to compare with it.")
    List<Path> alternatives;

    @Override public Integer call() {
        List<Path> files = new ArrayList<>();
        files.add(baseline);
        for (Path alternative : alternatives) {
            if (!alternative.toAbsolutePath().normalize().equals(baseline.toAbsolutePath().normalize())) files.add(alternative);
        }
        if (files.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name at least one alternative besides the baseline");
        }
        return new Study("compare", options, files, RunCommand.commandLine(spec), spec.commandLine().getOut(),
                spec.commandLine().getErr()).execute(0);
    }
}
