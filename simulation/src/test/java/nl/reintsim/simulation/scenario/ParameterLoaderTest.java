package nl.reintsim.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.Quantity;
import org.junit.jupiter.api.Test;

class ParameterLoaderTest {
    private static final Path SHIPPED = TestWorld.repository().resolve("calibration/parameters/nl-2025.yaml");

    private static String shipped() throws IOException { return Files.readString(SHIPPED); }

    private static List<InputProblem> problems(String text) {
        InputException e = assertThrows(InputException.class, () -> ParameterLoader.read(YamlDocument.parse("p.yaml", text)));
        return e.problems();
    }

    /** The one problem of a file that should have exactly one: a mistake is not reported again as its consequences. */
    private static InputProblem onlyProblem(String text) {
        List<InputProblem> problems = problems(text);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static int lineOf(String text, String fragment) {
        String before = text.substring(0, text.indexOf(fragment));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test void theShippedParameterSetLoads() throws Exception {
        ModelParameters parameters = ParameterLoader.load(SHIPPED);
        assertEquals(DetentionType.values().length, parameters.inflow().stays().size());
        assertTrue(parameters.recidivism().totalHazard() < 5, "the shipped hazard should let some people desist");
    }

    @Test void everyShippedValueHasASourceAndEveryAssumptionARange() throws Exception {
        for (Quantity q : ParameterLoader.load(SHIPPED).quantities()) {
            assertTrue(!q.source().isBlank(), q.path());
            if (q.isAssumption()) assertTrue(q.range() != null || q.fit() != null, q.path() + " is an assumption without a range");
        }
    }

    @Test void aMisspelledKeyIsNamedWithItsLineAndASuggestion() throws Exception {
        String text = shipped().replace("  hazardHalfLifeDays:", "  hazardHalfLifeDay:");
        List<InputProblem> problems = problems(text);
        InputProblem typo = problems.stream().filter(p -> p.message().contains("unknown key")).findFirst().orElseThrow();
        assertEquals("recidivism.hazardHalfLifeDay", typo.field());
        assertEquals(lineOf(text, "hazardHalfLifeDay:"), typo.line());
        assertTrue(typo.message().contains("did you mean \"hazardHalfLifeDays\""), typo.message());
    }

    @Test void aWrongUnitIsRejected() throws Exception {
        // calibration moves the value, so the anchor is the field, not its number
        String text = shipped().replaceFirst("(hazardHalfLifeDays:\\s*\\n\\s*value: [0-9.]+\\s*\\n\\s*unit: )days", "$1years");
        InputProblem problem = problems(text).get(0);
        assertEquals("recidivism.hazardHalfLifeDays.unit", problem.field());
        assertTrue(problem.message().contains("this field is in days"), problem.message());
    }

    @Test void aProbabilityAboveOneIsRejectedWithItsAllowedRange() throws Exception {
        String text = shipped().replaceFirst("probabilityNoValidId: \\{value: [0-9.]+", "probabilityNoValidId: {value: 1.5");
        InputProblem problem = problems(text).get(0);
        assertEquals("conditionsAtEntry.probabilityNoValidId.value", problem.field());
        assertTrue(problem.message().contains("allowed 0 to 1"), problem.message());
    }

    @Test void detentionTypeSharesThatDoNotSumToOneAreRejected() throws Exception {
        String text = shipped().replace("share: {value: 0.42", "share: {value: 0.52");
        assertTrue(problems(text).stream().anyMatch(p -> p.message().contains("must sum to 1")));
    }

    @Test void anAssumptionWithoutARangeIsRejected() throws Exception {
        String text = shipped().replace(
                "meanAgeYears: {value: 32, unit: years, source: \"assumption: typical age of adult detainees; no age figure in the brief\", range: {min: 28, max: 38}}",
                "meanAgeYears: {value: 32, unit: years, source: \"assumption: typical age\"}");
        assertTrue(problems(text).stream().anyMatch(p -> p.field().equals("persons.meanAgeYears.source")));
    }

    @Test void aValueOutsideItsOwnPlausibleRangeIsRejected() throws Exception {
        String text = shipped().replace("meanAgeYears: {value: 32,", "meanAgeYears: {value: 45,");
        assertTrue(problems(text).stream().anyMatch(p -> p.message().contains("outside its own range")));
    }

    @Test void aMissingFieldIsNamed() throws Exception {
        String text = shipped().replace("  meanDaysOffenceToDetention:", "  unusedDaysOffenceToDetention:");
        assertTrue(problems(text).stream().anyMatch(p -> p.message().contains("missing required field \"meanDaysOffenceToDetention\"")));
    }

    @Test void aMissingValueIsReportedOnceNotAlsoItsUnitSourceAndBounds() throws Exception {
        String text = shipped().replaceFirst("  meanDaysToShelter: \\{[^\\n]*\\n", "");
        assertEquals("missing required field \"meanDaysToShelter\"", onlyProblem(text).message());
    }

    @Test void aValueBelowItsAllowedRangeIsNotReportedAgainAgainstItsOwnRangeOrAsZero() throws Exception {
        String text = shipped().replaceFirst("meanDaysToShelter: \\{value: [0-9.]+", "meanDaysToShelter: {value: -3");
        InputProblem problem = onlyProblem(text);
        assertTrue(problem.message().startsWith("found -3, allowed 0"), problem.message());
    }

    @Test void aValueUnderItsFormerNameIsReportedAsRenamedAtItsLine() throws Exception {
        String text = shipped().replace("  meanDaysIdKept:", "  meanDaysIdKeptAfterRelease:");
        InputProblem problem = onlyProblem(text);
        assertEquals("conditions.meanDaysIdKeptAfterRelease", problem.field());
        assertEquals(lineOf(text, "meanDaysIdKeptAfterRelease:"), problem.line());
        assertTrue(problem.message().startsWith("renamed to \"meanDaysIdKept\""), problem.message());
    }

    @Test void aProblemInsideAValueUnderItsFormerNameIsStillFound() throws Exception {
        String text = shipped().replace("  meanDaysIdKept: {value: ", "  meanDaysIdKeptAfterRelease: {value: -");
        List<InputProblem> problems = problems(text);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("conditions.meanDaysIdKeptAfterRelease.value", problems.get(1).field());
    }

    @Test void allProblemsInAFileAreReportedAtOnce() throws Exception {
        String text = shipped().replace("  hazardHalfLifeDays:", "  hazardHalfLifeDay:")
                .replace("probabilityNoValidId: {value: 0.15", "probabilityNoValidId: {value: -1")
                .replace("  warmupYears:", "  warmUpYears:");
        assertTrue(problems(text).size() >= 3);
    }

    @Test void malformedYamlGivesItsLine() {
        List<InputProblem> problems = problems("engine:\n  warmupYears: {value: 6\ninflow: [\n");
        assertTrue(problems.get(0).message().startsWith("malformed YAML"), problems.get(0).message());
        assertTrue(problems.get(0).line() > 0);
    }

    @Test void aMissingFileIsAnInputProblem() {
        InputException e = assertThrows(InputException.class, () -> ParameterLoader.load(Path.of("no/such/file.yaml")));
        assertTrue(e.getMessage().contains("file not found"));
    }
}
