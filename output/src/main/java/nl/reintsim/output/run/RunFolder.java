package nl.reintsim.output.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder that appears complete or not at all. Files are written into a hidden staging folder
 * beside the target; {@link #commit()} renames it into place. Until then an interrupt or failure leaves
 * the target untouched, and {@link #abandon()} removes the staging folder.
 *
 * <p>An existing non-empty target is never replaced unless {@code force} is given; then the old folder
 * is moved aside first and deleted only after the new one is in place.
 */
public final class RunFolder implements AutoCloseable {
    /** The target exists and holds files, and --force was not given. */
    public static final class TargetExists extends Exception {
        private static final long serialVersionUID = 1L;

        TargetExists(Path target) {
            super(target + ": output folder exists and is not empty; choose another --out, or add --force to replace it");
        }
    }

    private final Path target;
    private final Path staging;
    private final boolean force;
    private boolean committed;

    private RunFolder(Path target, Path staging, boolean force) {
        this.target = target;
        this.staging = staging;
        this.force = force;
    }

    /** Checks the target up front (before any simulation) and creates the staging folder. */
    public static RunFolder prepare(Path target, boolean force) throws TargetExists, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!force && isNonEmptyDirectory(absolute)) throw new TargetExists(target);
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(target + " exists and is not a folder");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
        return new RunFolder(absolute, staging, force);
    }

    /** Where to write the files; not the final location. */
    public Path staging() { return staging; }
    public Path target() { return target; }

    /** Moves the finished folder into place. */
    public void commit() throws TargetExists, IOException {
        Path aside = null;
        if (Files.exists(target)) {
            if (isNonEmptyDirectory(target)) {
                if (!force) throw new TargetExists(target);
                aside = target.resolveSibling("." + target.getFileName() + ".replaced-" + ProcessHandle.current().pid());
                move(target, aside);
            } else {
                Files.delete(target);
            }
        }
        move(staging, target);
        committed = true;
        if (aside != null) deleteTree(aside);
    }

    /** Removes the staging folder if the run did not commit. Safe to call more than once. */
    public void abandon() {
        if (!committed && Files.exists(staging)) deleteTree(staging);
    }

    @Override public void close() { abandon(); }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isNonEmptyDirectory(Path path) {
        if (!Files.isDirectory(path)) return false;
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (DirectoryNotEmptyException e) {
                    throw new UncheckedIOException(e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
