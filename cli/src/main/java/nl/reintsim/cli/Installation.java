package nl.reintsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Where this installation's shipped files live: the launcher passes {@code -Dreintsim.home}. */
final class Installation {
    private Installation() { }

    static Path home() {
        String home = System.getProperty("reintsim.home");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
    }

    /** Read once, when the program starts, so a long run names the code it started with, not a later checkout. */
    private static final String COMMIT = readGitCommit(home());

    /**
     * The git commit of the installation, with {@code -dirty} when the program's sources or pom files had
     * uncommitted changes at start; null when it is not a git checkout or git is absent.
     */
    static String gitCommit() { return COMMIT; }

    static String readGitCommit(Path home) {
        if (!Files.isDirectory(home.resolve(".git"))) return null;
        String head = git(home, "rev-parse", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{40}")) return null;
        String changes = git(home, "status", "--porcelain", "--", "pom.xml", "simulation", "output", "calibration/src", "calibration/pom.xml", "cli");
        return changes == null || changes.isEmpty() ? head : head + "-dirty";
    }

    private static String git(Path home, String... arguments) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", home.toString()));
        command.addAll(java.util.List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) return null;
            return text;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
