package nl.reintsim.output.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    @TempDir Path dir;

    private long entries() throws Exception {
        try (Stream<Path> list = Files.list(dir)) { return list.count(); }
    }

    @Test void theTargetAppearsOnlyOnCommit() throws Exception {
        Path target = dir.resolve("out");
        try (RunFolder folder = RunFolder.prepare(target, false)) {
            Files.writeString(folder.staging().resolve("summary.csv"), "x");
            assertFalse(Files.exists(target));
            folder.commit();
        }
        assertEquals("x", Files.readString(target.resolve("summary.csv")));
        assertEquals(1, entries());
    }

    @Test void anAbandonedRunLeavesNothingBehind() throws Exception {
        try (RunFolder folder = RunFolder.prepare(dir.resolve("out"), false)) {
            Files.writeString(folder.staging().resolve("half.csv"), "x");
        }
        assertEquals(0, entries());
    }

    @Test void anExistingNonEmptyFolderIsRefusedWithoutForce() throws Exception {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("earlier.csv"), "keep me");
        assertThrows(RunFolder.TargetExists.class, () -> RunFolder.prepare(target, false));
        assertEquals("keep me", Files.readString(target.resolve("earlier.csv")));
    }

    @Test void forceReplacesTheOldFolderWhole() throws Exception {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("earlier.csv"), "old");
        try (RunFolder folder = RunFolder.prepare(target, true)) {
            Files.writeString(folder.staging().resolve("summary.csv"), "new");
            folder.commit();
        }
        assertFalse(Files.exists(target.resolve("earlier.csv")));
        assertTrue(Files.exists(target.resolve("summary.csv")));
        assertEquals(1, entries());
    }

    @Test void anEmptyExistingFolderMayBeUsed() throws Exception {
        Path target = Files.createDirectories(dir.resolve("out"));
        try (RunFolder folder = RunFolder.prepare(target, false)) {
            Files.writeString(folder.staging().resolve("summary.csv"), "x");
            folder.commit();
        }
        assertTrue(Files.exists(target.resolve("summary.csv")));
    }
}
