package nl.reintsim.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.reintsim.simulation.TestWorld;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    private static final String VALID = """
            name: test
            title: {nl: "Test", en: "Test"}
            description: {nl: "Een test", en: "A test"}
            start: 2026-01-01
            horizonYears: 5
            levers:
              idInDetention: {from: 2026-07-01, probabilityIdArranged: 0.9}
            """;

    private static List<InputProblem> problems(String text) {
        return assertThrows(InputException.class, () -> ScenarioLoader.read(YamlDocument.parse("s.yaml", text))).problems();
    }

    @Test void everyShippedScenarioLoads() throws Exception {
        try (Stream<Path> files = Files.list(TestWorld.repository().resolve("scenarios"))) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 2);
            for (Path file : yaml) {
                Scenario scenario = ScenarioLoader.load(file);
                assertEquals(file.getFileName().toString(), scenario.name() + ".yaml", "file name and scenario name differ");
            }
        }
    }

    @Test void aLeverIsReadWithItsStartDate() throws Exception {
        Scenario scenario = ScenarioLoader.read(YamlDocument.parse("s.yaml", VALID));
        assertNotNull(scenario.levers().idInDetention());
        assertEquals(LocalDate.of(2026, 7, 1), scenario.levers().idInDetention().from());
    }

    @Test void withoutLeversTheScenarioIsTheBaseline() throws Exception {
        Scenario scenario = ScenarioLoader.read(YamlDocument.parse("s.yaml", VALID.substring(0, VALID.indexOf("levers:"))));
        assertNull(scenario.levers().idInDetention());
    }

    @Test void anUnknownLeverIsRejected() {
        InputProblem problem = problems(VALID.replace("idInDetention:", "idInDetentoin:")).get(0);
        assertEquals("levers.idInDetentoin", problem.field());
        assertEquals(7, problem.line());
    }

    @Test void aLeverStartingBeforeTheScenarioIsRejected() {
        assertTrue(problems(VALID.replace("from: 2026-07-01", "from: 2025-07-01")).stream()
                .anyMatch(p -> p.field().equals("levers.idInDetention.from")));
    }

    @Test void aDateThatIsNotADateIsRejected() {
        assertEquals("start", problems(VALID.replace("start: 2026-01-01", "start: next year")).get(0).field());
    }

    @Test void aHorizonBeyondFiftyYearsIsRejected() {
        assertTrue(problems(VALID.replace("horizonYears: 5", "horizonYears: 500")).get(0).message().contains("allowed 1 to 50"));
    }

    @Test void aNameWithSpacesIsRejected() {
        assertEquals("name", problems(VALID.replace("name: test", "name: my test")).get(0).field());
    }

    @Test void aMissingTitleLanguageIsNamed() {
        assertEquals("title", problems(VALID.replace("title: {nl: \"Test\", en: \"Test\"}", "title: {nl: \"Test\"}")).get(0).field());
    }

    @Test void anEmptyFileIsRejected() {
        assertTrue(problems("").get(0).message().contains("empty"));
    }
}
