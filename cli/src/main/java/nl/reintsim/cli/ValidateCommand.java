package nl.reintsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.reintsim.simulation.scenario.InputException;
import nl.reintsim.simulation.scenario.MunicipalityTableLoader;
import nl.reintsim.simulation.scenario.ParameterLoader;
import nl.reintsim.simulation.scenario.ScenarioLoader;
import nl.reintsim.simulation.scenario.YamlDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario and parameter files with exactly the checks a run makes, without simulating.",
                "A .csv file is a municipality table; a YAML file with a top-level `inflow:` or `format: reintsim-parameters/…` "
                        + "is a parameter file; any other YAML file is a scenario."})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
    List<Path> files;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path file : files) {
            try {
                if (file.toString().endsWith(".csv")) {
                    MunicipalityTableLoader.load(file);
                    out.println("ok  " + file + " (municipality table)");
                    continue;
                }
                YamlDocument document = YamlDocument.read(file);
                boolean parameters = document.rootNode().has("inflow")
                        || document.rootNode().path("format").asText().startsWith("reintsim-parameters");
                if (parameters) ParameterLoader.read(document); else ScenarioLoader.read(document);
                out.println("ok  " + file + " (" + (parameters ? "parameters" : "scenario") + ")");
            } catch (InputException e) {
                bad++;
                e.problems().forEach(err::println);
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
