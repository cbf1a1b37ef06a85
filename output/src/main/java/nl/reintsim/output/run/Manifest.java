package nl.reintsim.output.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import nl.reintsim.output.table.JsonWriter;

/**
 * What a run needs to be understood and repeated: version, commit, command line, seed, replications,
 * and a SHA-256 of every input file.
 */
public record Manifest(String version, String gitCommit, List<String> commandLine, long masterSeed, int replications,
                       int threads, List<Path> inputs, Instant started, Instant finished) {

    public void write(Path file) throws IOException {
        ObjectNode root = JsonWriter.mapper().createObjectNode();
        root.put("reintsim_version", version);
        if (gitCommit == null) root.putNull("git_commit"); else root.put("git_commit", gitCommit);
        ArrayNode command = root.putArray("command_line");
        commandLine.forEach(command::add);
        root.put("master_seed", masterSeed);
        root.put("replications", replications);
        root.put("threads", threads);
        ArrayNode files = root.putArray("inputs");
        for (Path input : inputs) {
            ObjectNode entry = files.addObject();
            entry.put("path", input.toString());
            entry.put("sha256", sha256(input));
        }
        root.put("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        root.put("started", started.toString());
        root.put("finished", finished.toString());
        JsonWriter.mapper().writeValue(file.toFile(), root);
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
