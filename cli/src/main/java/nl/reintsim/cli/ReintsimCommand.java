package nl.reintsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code reintsim} command: the composition root that wires model, outputs and files together. */
@Command(name = "reintsim",
        mixinStandardHelpOptions = true,
        versionProvider = ReintsimCommand.Version.class,
        description = {"Agent-based simulator of Dutch ex-prisoner reintegration policy.",
                "Runs policy scenarios with many replications and compares them with common random numbers."},
        subcommands = {RunCommand.class, CompareCommand.class, CalibrateCommand.class, ValidateCommand.class, ReportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal failure, 2 bad input or usage, 130/143 interrupted (Ctrl-C/SIGTERM)."})
public final class ReintsimCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, compare, report, validate or bench");
    }

    public static void main(String[] args) {
        Installation.gitCommit();   // read the commit now: a run's manifest names the code it started with
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by main and by tests. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ReintsimCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            err.println("reintsim: internal failure: " + exception);
            if (System.getenv("REINTSIM_DEBUG") != null) exception.printStackTrace(err);
            err.flush();
            return ExitCodes.INTERNAL;
        });
        return commandLine.execute(args);
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[] {"reintsim " + version()};
        }
    }

    static String version() {
        try (InputStream in = ReintsimCommand.class.getResourceAsStream("/reintsim-version.properties")) {
            Properties properties = new Properties();
            if (in != null) properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
