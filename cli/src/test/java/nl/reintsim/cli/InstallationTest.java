package nl.reintsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's commit names the code a run used, and says so when the sources had uncommitted changes. */
class InstallationTest {
    private static void git(Path dir, String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", dir.toString(), "-c", "user.name=test",
                "-c", "user.email=test@example.org"));
        command.addAll(java.util.List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }

    @Test void aCleanCheckoutGivesItsCommitAndChangedSourcesMarkItDirty(@TempDir Path home) throws Exception {
        assertNull(Installation.readGitCommit(home), "not a git checkout");
        Files.createDirectories(home.resolve("simulation/src/main"));
        Files.writeString(home.resolve("simulation/src/main/Model.java"), "class Model { }\n");
        Files.writeString(home.resolve("notes.txt"), "a\n");
        git(home, "init", "-q");
        git(home, "add", ".");
        git(home, "commit", "-q", "-m", "first");
        String clean = Installation.readGitCommit(home);
        assertTrue(clean.matches("[0-9a-f]{40}"), clean);

        Files.writeString(home.resolve("notes.txt"), "b\n");
        assertEquals(clean, Installation.readGitCommit(home), "a change outside the program's sources does not count");
        Files.writeString(home.resolve("simulation/src/main/Model.java"), "class Model { int changed; }\n");
        assertEquals(clean + "-dirty", Installation.readGitCommit(home));
    }
}
