package nl.reintsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one or more scenarios and summarise each across replications.",
                "Writes to the output folder: summary.csv/.json, timeseries.csv, resolved-parameters.yaml and manifest.json."})
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin RunOptions options;

    @Option(names = "--replay-replication", paramLabel = "K",
            description = "Run only replication K (0-based) of the given --seed, exactly as it ran in a batch.")
    Integer replay;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "Scenario files.")
    List<Path> scenarios;

    @Override public Integer call() {
        if (replay != null) {
            if (replay < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--replay-replication must be >= 0");
            options.replications = 1;
        }
        return new Study("run", options, scenarios, commandLine(spec), spec.commandLine().getOut(), spec.commandLine().getErr())
                .execute(replay == null ? 0 : replay);
    }

    static List<String> commandLine(CommandLine.Model.CommandSpec spec) {
        List<String> words = new ArrayList<>();
        words.add("reintsim");
        words.addAll(spec.root().commandLine().getParseResult().originalArgs());
        return words;
    }
}
