package nl.reintsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.reintsim.calibration.TargetLoader;
import nl.reintsim.simulation.scenario.InputException;
import nl.reintsim.simulation.scenario.MunicipalityTableLoader;
import nl.reintsim.simulation.scenario.ParameterLoader;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.scenario.ScenarioLoader;
import nl.reintsim.simulation.scenario.YamlDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario, parameter, municipality and calibration-target files with exactly the checks a run "
                + "(or calibrate) makes, without simulating.",
                "A .csv file is a municipality table; a YAML file with a top-level `inflow:` or `format: reintsim-parameters/…` "
                        + "is a parameter file; one with a top-level `targets:` or `format: reintsim-targets/…` a targets file; "
                        + "any other YAML file is a scenario."})
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
                if (isTargets(document)) {
                    TargetLoader.read(document);
                    out.println("ok  " + file + " (calibration targets)");
                    continue;
                }
                if (isParameters(document)) {
                    ParameterLoader.read(document);
                    out.println("ok  " + file + " (parameters)");
                    continue;
                }
                Scenario scenario = ScenarioLoader.read(document);
                out.println("ok  " + file + " (scenario)");
                for (String note : StudyNotes.of(List.of(scenario))) out.println("    note: " + note);
            } catch (InputException e) {
                bad++;
                e.problems().forEach(err::println);
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** Researchers edit the targets as often as the parameters; read as a scenario, a targets file gets only "missing name". */
    private static boolean isTargets(YamlDocument document) {
        return hasKeyOrFormat(document, "targets", "reintsim-targets");
    }

    private static boolean isParameters(YamlDocument document) {
        return hasKeyOrFormat(document, "inflow", "reintsim-parameters");
    }

    /** A file's kind: a top-level key only that kind has, or its {@code format:} line. */
    private static boolean hasKeyOrFormat(YamlDocument document, String key, String format) {
        return document.rootNode().has(key) || document.rootNode().path("format").asText().startsWith(format);
    }
}
