package nl.reintsim.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.reintsim.simulation.TestWorld;
import org.junit.jupiter.api.Test;

/** The published JSON Schema and the loader agree, because both come from {@link ScenarioFormat}. */
class ScenarioSchemaTest {
    private static Path shipped() { return TestWorld.repository().resolve("scenarios/scenario.schema.json"); }

    /** Run with -Dreintsim.regenerate=true to rewrite the shipped schema after changing the format. */
    @Test void theShippedSchemaIsTheGeneratedOne() throws Exception {
        if (Boolean.getBoolean("reintsim.regenerate")) Files.writeString(shipped(), ScenarioSchema.json());
        assertEquals(ScenarioSchema.json(), Files.readString(shipped()),
                "scenarios/scenario.schema.json differs from the scenario format; regenerate with -Dreintsim.regenerate=true");
    }

    @Test void everyShippedScenarioPointsEditorsToTheSchema() throws Exception {
        try (Stream<Path> files = Files.list(TestWorld.repository().resolve("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertTrue(Files.readAllLines(file).get(0).equals("# yaml-language-server: $schema=scenario.schema.json"),
                        file.getFileName() + " does not start with the schema reference");
            }
        }
    }

    /** A scenario with every lever and every field at the middle of its schema range. */
    private static String everythingAtMidRange(JsonNode schema, String leverToBreak, String fieldToBreak) {
        StringBuilder yaml = new StringBuilder("""
                name: all-levers
                title: {nl: "Alles", en: "Everything"}
                description: {nl: "Alle hefbomen", en: "All levers"}
                start: 2026-01-01
                horizonYears: 3
                levers:
                """);
        for (Iterator<Map.Entry<String, JsonNode>> levers = schema.at("/properties/levers/properties").fields(); levers.hasNext(); ) {
            Map.Entry<String, JsonNode> lever = levers.next();
            yaml.append("  ").append(lever.getKey()).append(":\n");
            for (Iterator<Map.Entry<String, JsonNode>> fields = lever.getValue().get("properties").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                boolean broken = lever.getKey().equals(leverToBreak) && field.getKey().equals(fieldToBreak);
                yaml.append("    ").append(field.getKey()).append(": ").append(value(field.getValue(), broken)).append('\n');
            }
        }
        return yaml.toString();
    }

    private static String value(JsonNode field, boolean aboveMaximum) {
        String type = field.get("type").asText();
        if (field.has("format")) return "2027-01-01";
        return switch (type) {
            case "number" -> aboveMaximum ? Double.toString(field.get("maximum").asDouble() + 1)
                    : Double.toString((field.get("minimum").asDouble() + field.get("maximum").asDouble()) / 2);
            case "boolean" -> "true";
            case "string" -> field.get("enum").get(field.get("enum").size() - 1).asText();
            case "object" -> {
                StringBuilder classes = new StringBuilder("{");
                for (Iterator<Map.Entry<String, JsonNode>> it = field.get("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> c = it.next();
                    classes.append(c.getKey()).append(": ").append(value(c.getValue(), false)).append(it.hasNext() ? ", " : "}");
                }
                yield classes.toString();
            }
            default -> throw new IllegalStateException("unexpected type " + type);
        };
    }

    @Test void theLoaderAcceptsEveryLeverAndFieldTheSchemaOffers() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.json());
        Scenario scenario = ScenarioLoader.read(YamlDocument.parse("all.yaml", everythingAtMidRange(schema, null, null)));
        assertEquals(schema.at("/properties/levers/properties").size(), scenario.levers().active().size());
    }

    @Test void theLoaderRejectsAValueAboveTheSchemasMaximum() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.json());
        List<InputProblem> problems = assertThrows(InputException.class, () -> ScenarioLoader.read(
                YamlDocument.parse("all.yaml", everythingAtMidRange(schema, "rio", "caseloadPerFte")))).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().contains("levers.rio.caseloadPerFte"), problems.get(0).toString());
    }
}
