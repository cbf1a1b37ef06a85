package nl.reintsim.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.reintsim.simulation.TestWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures that the shipped scenarios' descriptions quote come from one national run (scenarios/README.md).
 * After stages 6 and 7 of the calibration they went unmeasured for two refits; so README notes a fingerprint of
 * everything such a run reads that a refit or an edit can change, and this test fails when the inputs move on
 * without the descriptions. A change to the model's code that moves results is not seen here.
 */
class ScenarioDescriptionsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Keys that no run reads (documentation, and the bounds that only calibrate and --uncertainty use). */
    private static final Set<String> NOT_READ_BY_A_RUN = Set.of("source", "range", "fit", "title", "description");
    private static final Pattern NOTED = Pattern.compile("inputs\\s+fingerprint\\s+`([0-9a-f]{16})`");

    /**
     * The first 16 hex digits of a SHA-256 over the parameter values (every scalar, with its path, except the keys
     * above), the municipality table, and each shipped scenario's fields except its title and description.
     */
    static String fingerprint(Path repository) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StringBuilder values = new StringBuilder();
        scalars(YAML.readTree(repository.resolve("calibration/parameters/nl-2025.yaml").toFile()), "", values);
        try (Stream<Path> files = Files.list(repository.resolve("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                values.append("# ").append(file.getFileName()).append('\n');
                scalars(YAML.readTree(file.toFile()), "", values);
            }
        }
        sha.update(values.toString().getBytes(StandardCharsets.UTF_8));
        // line endings as a checkout may convert them (Windows) do not count
        String municipalities = Files.readString(repository.resolve("calibration/municipalities/nl-2025.csv"));
        sha.update(municipalities.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static void scalars(JsonNode node, String path, StringBuilder out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!NOT_READ_BY_A_RUN.contains(field.getKey())) scalars(field.getValue(), path + "/" + field.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) scalars(node.get(i), path + "/" + i, out);
        } else {
            out.append(path).append('=').append(node.asText()).append('\n');
        }
    }

    @Test void theDescriptionsWereMeasuredWithTheShippedParametersMunicipalitiesAndLevers() throws Exception {
        Path repository = TestWorld.repository();
        String readme = Files.readString(repository.resolve("scenarios/README.md"));
        Matcher noted = NOTED.matcher(readme);
        assertTrue(noted.find(), "scenarios/README.md notes no inputs fingerprint");
        String now = fingerprint(repository);
        assertEquals(noted.group(1), now, "the parameter values, the municipality table or a scenario's levers changed since the "
                + "figures in the scenario descriptions were measured: re-run the command in scenarios/README.md, update the "
                + "figures in every description (nl and en), then note the inputs fingerprint " + now + " there");
    }

    @Test void theFingerprintMovesWithAParameterValueButNotWithItsSourceOrLineEndings(@TempDir Path copy) throws Exception {
        for (String file : List.of("calibration/parameters/nl-2025.yaml", "calibration/municipalities/nl-2025.csv",
                "scenarios/baseline.yaml", "scenarios/rio-national.yaml")) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(TestWorld.repository().resolve(file), copy.resolve(file));
        }
        Path parameters = copy.resolve("calibration/parameters/nl-2025.yaml");
        String shipped = Files.readString(parameters);
        String before = fingerprint(copy);

        Files.writeString(parameters, shipped.replaceFirst("source: \"", "source: \"reworded "));
        assertEquals(before, fingerprint(copy), "a source note is not read by a run");

        Path municipalities = copy.resolve("calibration/municipalities/nl-2025.csv");
        Files.writeString(municipalities, Files.readString(municipalities).replace("\n", "\r\n"));
        assertEquals(before, fingerprint(copy), "nor are a checkout's line endings");

        Matcher firstValue = Pattern.compile("value: (\\d+)").matcher(shipped);
        assertTrue(firstValue.find());
        Files.writeString(parameters, shipped.substring(0, firstValue.start(1)) + (Long.parseLong(firstValue.group(1)) + 1)
                + shipped.substring(firstValue.end(1)));
        assertNotEquals(before, fingerprint(copy), "a value is");
    }
}
