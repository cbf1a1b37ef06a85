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

    /** The git commit of the installation, or null when it is not a git checkout or git is absent. */
    static String gitCommit() {
        if (!Files.isDirectory(home().resolve(".git"))) return null;
        try {
            Process process = new ProcessBuilder("git", "-C", home().toString(), "rev-parse", "HEAD")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) return null;
            return text.matches("[0-9a-f]{40}") ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
