package nl.reintsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped by SIGTERM leaves neither its output folder nor a half-written staging folder. */
class InterruptTest {
    @TempDir Path dir;

    private List<Path> entries() throws Exception {
        try (Stream<Path> list = Files.list(dir)) { return list.toList(); }
    }

    @Test void aTerminatedRunLeavesNoFolderBehind() throws Exception {
        Path repository = CliTest.repositoryRoot();
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dreintsim.home=" + repository, ReintsimCommand.class.getName(),
                "run", repository.resolve("scenarios/baseline.yaml").toString(), "-r", "40", "--threads", "1", "-q",
                "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (entries().stream().noneMatch(p -> p.getFileName().toString().startsWith(".out.partial-"))) {
            assertTrue(process.isAlive(), "the run ended before it could be interrupted: " + Files.readString(dir.resolve("log.txt")));
            assertTrue(System.nanoTime() < deadline, "the run did not start its staging folder in time");
            Thread.sleep(50);
        }
        process.destroy();   // SIGTERM
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the run did not stop");
        assertNotEquals(0, process.exitValue());
        assertEquals(List.of(dir.resolve("log.txt")), entries(), "left behind: " + entries());
        assertTrue(Files.readString(dir.resolve("log.txt")).contains("interrupted; no output folder was written"));
        assertTrue(new File(dir.toFile(), "out").exists() == false);
    }
}
