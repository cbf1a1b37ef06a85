package nl.reintsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of mistakes people make in input files. Each case changes one thing in a shipped file;
 * the run must exit with 2, name the file, the line of the change and the field, and write nothing.
 */
class BrokenInputTest {
    static Path repository;

    @TempDir Path dir;

    @BeforeAll static void locate() {
        repository = CliTest.repositoryRoot();
        System.setProperty("reintsim.home", repository.toString());
    }

    /**
     * @param file     which input is broken: scenario, parameters or municipalities
     * @param find     text in the shipped file to change ("" means: the whole file becomes {@code replace})
     * @param atChange the problem is reported at the line of the change (not at an enclosing mapping)
     */
    record Case(String name, String file, String find, String replace, boolean atChange, String field, String message) {
        @Override public String toString() { return name; }
    }

    static Stream<Case> cases() {
        String s = "scenario", p = "parameters", m = "municipalities";
        return Stream.of(
                new Case("scenario: unknown top-level key", s, "horizonYears: 10", "horizonYears: 10\nhorizon: 5", false, "horizon", "unknown key"),
                new Case("scenario: misspelled key", s, "horizonYears:", "horizonYaers:", true, "horizonYaers", "did you mean \"horizonYears\""),
                new Case("scenario: unknown lever", s, "idInDetention:", "idInDetentoin:", true, "levers.idInDetentoin", "unknown key"),
                new Case("scenario: unknown lever field", s, "probabilityIdArranged:", "probabilityIdArange:", true, "levers.idInDetention.probabilityIdArange", "unknown key"),
                new Case("scenario: lever probability above 1", s, "probabilityIdArranged: 0.9", "probabilityIdArranged: 1.9", true, "levers.idInDetention.probabilityIdArranged", "allowed 0 to 1"),
                new Case("scenario: lever before the scenario starts", s, "from: 2026-07-01", "from: 2025-07-01", true, "levers.idInDetention.from", "cannot start before"),
                new Case("scenario: impossible date", s, "start: 2026-01-01", "start: 2026-13-01", true, "start", "ISO date"),
                new Case("scenario: horizon of zero years", s, "horizonYears: 10", "horizonYears: 0", true, "horizonYears", "allowed 1 to 50"),
                new Case("scenario: horizon not whole", s, "horizonYears: 10", "horizonYears: 2.5", true, "horizonYears", "whole number"),
                new Case("scenario: name with spaces", s, "name: id-in-detention", "name: ID in detention", true, "name", "lower-case"),
                new Case("scenario: title without English", s, "  en: \"ID arranged during detention\"\n", "", false, "title", "missing required field \"en\""),
                new Case("scenario: tab in indentation", s, "levers:\n  idInDetention:", "levers:\n\tidInDetention:", true, "", "malformed YAML"),
                new Case("scenario: a list, not a mapping", s, "", "- a\n- b\n", false, "", "expected a mapping"),
                new Case("scenario: empty file", s, "", "", false, "", "empty"),
                new Case("parameters: unknown section", p, "\nengine:", "\nengines:", true, "engines", "unknown key"),
                new Case("parameters: misspelled field", p, "  hazardHalfLifeDays:", "  hazardHalfLifeDay:", true, "recidivism.hazardHalfLifeDay", "did you mean"),
                new Case("parameters: wrong unit", p, "idProcessingDays: {value: 14, unit: days", "idProcessingDays: {value: 14, unit: weeks", false, "preparation.idProcessingDays.unit", "this field is in days"),
                new Case("parameters: probability above 1", p, "probabilityRentPaidByOthers: {value: 0.5,", "probabilityRentPaidByOthers: {value: 1.5,", true, "detentionDamage.probabilityRentPaidByOthers.value", "allowed 0 to 1"),
                new Case("parameters: negative count", p, "fte: {value: 170", "fte: {value: -170", true, "caseManagers.fte.value", "found -170"),
                new Case("parameters: value outside its own range", p, "meanAgeYears: {value: 32,", "meanAgeYears: {value: 45,", true, "persons.meanAgeYears.value", "outside its own range"),
                new Case("parameters: assumption without range", p, "no age figure in the brief\", range: {min: 28, max: 38}}", "no age figure in the brief\"}", true, "persons.meanAgeYears.source", "plausible range"),
                new Case("parameters: value without source", p, "meanDaysToContact: {value: 14, unit: days, source: \"assumption\",", "meanDaysToContact: {value: 14, unit: days,", true, "municipalities.meanDaysToContact", "missing required field \"source\""),
                new Case("parameters: detention types not summing to 1", p, "share: {value: 0.42", "share: {value: 0.52", false, "inflow.detentionTypes", "must sum to 1"),
                new Case("parameters: housing shares not summing to 1", p, "own: {value: 0.40", "own: {value: 0.50", false, "conditionsAtEntry.housingShares", "must sum to 1"),
                new Case("parameters: work and benefit above 1", p, "probabilityBenefit: {value: 0.58", "probabilityBenefit: {value: 0.9", true, "conditionsAtEntry.probabilityBenefit", "together exceed 1"),
                new Case("parameters: RIO age range reversed", p, "rioMinimumAgeYears: {value: 18,", "rioMinimumAgeYears: {value: 40,", false, "support.rioMaximumAgeYears", "must be at least rioMinimumAgeYears"),
                new Case("parameters: warm-up not whole years", p, "warmupYears:\n    value: 10\n", "warmupYears:\n    value: 10.5\n", false, "engine.warmupYears", "whole number"),
                new Case("parameters: size class missing", p, "20k_50k: 0.3, under_20k: 0.2}", "20k_50k: 0.3}", false, "municipalities.probabilityDedicatedTeam", "missing required field \"under_20k\""),
                new Case("parameters: fit bounds reversed", p, "fit: {min: 1.0, max: 1.4}", "fit: {min: 1.4, max: 1.0}", true, "origin.releaseShareElasticity.fit", "above max"),
                new Case("parameters: text where a number belongs", p, "budgetEurosPerYear: {value: 4450000", "budgetEurosPerYear: {value: lots", true, "bijdrageregeling.budgetEurosPerYear.value", "expected a number"),
                new Case("parameters: zero where above zero is needed", p, "hoursPerCasePerWeek: {value: 1.5", "hoursPerCasePerWeek: {value: 0", true, "municipalities.hoursPerCasePerWeek.value", "must be above 0"),
                new Case("parameters: duplicate key", p, "  probabilityMale:", "  probabilityMale: {value: 0.9, unit: probability, source: \"x\"}\n  probabilityMale:", false, "", "Duplicate field"),
                new Case("municipalities: wrong header", m, "code,name,population", "code,naam,population", true, "header", "expected code,name"),
                new Case("municipalities: missing column", m, "GM0599,Rotterdam,670000,g4,R02,2.0", "GM0599,Rotterdam,670000,g4,R02", true, "", "found 5 columns"),
                new Case("municipalities: duplicate code", m, "S002,", "S001,", true, "code", "appears twice"),
                new Case("municipalities: population not a number", m, ",930000,", ",930k,", true, "population", "whole number"),
                new Case("municipalities: unknown size class", m, ",g4,R01,", ",metropolis,R01,", true, "size_class", "allowed: g4"),
                new Case("municipalities: housing wait out of range", m, ",R01,12.0", ",R01,120", true, "housing_wait_years", "allowed 0 to 30"),
                new Case("municipalities: no rows", m, "", "code,name,population,size_class,region,housing_wait_years\n", false, "", "no rows"));
    }

    @ParameterizedTest(name = "{0}") @MethodSource("cases")
    void aBrokenInputExitsTwoNamingFileLineAndFieldAndWritesNothing(Case c) throws Exception {
        Path shipped = switch (c.file()) {
            case "scenario" -> repository.resolve("scenarios/id-in-detention.yaml");
            case "parameters" -> repository.resolve("calibration/parameters/nl-2025.yaml");
            default -> repository.resolve("calibration/municipalities/nl-2025.csv");
        };
        String original = Files.readString(shipped);
        String text;
        int line = 0;
        if (c.find().isEmpty()) {
            text = c.replace();
        } else {
            int at = original.indexOf(c.find());
            assertTrue(at >= 0, "the corpus case no longer matches the shipped file: " + c.find());
            text = original.substring(0, at) + c.replace() + original.substring(at + c.find().length());
            line = (int) original.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1
                    + (int) c.find().chars().takeWhile(ch -> ch == '\n').count();
        }
        Path broken = dir.resolve("broken" + (c.file().equals("municipalities") ? ".csv" : ".yaml"));
        Files.writeString(broken, text);
        List<String> args = new ArrayList<>(List.of("run"));
        args.add(c.file().equals("scenario") ? broken.toString() : repository.resolve("scenarios/baseline.yaml").toString());
        if (c.file().equals("parameters")) args.addAll(List.of("--parameters", broken.toString()));
        if (c.file().equals("municipalities")) args.addAll(List.of("--municipalities", broken.toString()));
        args.addAll(List.of("--out", dir.resolve("out").toString()));

        CliTest.Result result = CliTest.reintsim(args.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result.err());
        String expectedPlace = broken + (c.atChange() ? ":" + line + ":" : ":");
        String problem = result.err().lines().filter(l -> l.startsWith(expectedPlace) && l.contains(c.message()))
                .findFirst().orElse(null);
        assertTrue(problem != null, "expected a line starting " + expectedPlace + " saying \"" + c.message() + "\"; got:\n" + result.err());
        if (!c.field().isEmpty()) assertTrue(problem.contains(" " + c.field() + ": "), "field " + c.field() + " not named in: " + problem);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(broken), left.toList(), "something was written");
        }
    }

    record BadOption(List<String> option, String message) {
        @Override public String toString() { return String.join(" ", option); }
    }

    static Stream<BadOption> badOptions() {
        return Stream.of(new BadOption(List.of("-r", "0"), "--replications: found 0"),
                new BadOption(List.of("-r", "100000000"), "--replications: found 100000000"),
                new BadOption(List.of("--threads", "0"), "--threads: found 0"),
                new BadOption(List.of("--years", "99"), "--years: found 99"),
                new BadOption(List.of("--seed", "abc"), "'abc' is not a long"),
                new BadOption(List.of("--parameters", "no/such/file.yaml"), "no/such/file.yaml: file not found"),
                new BadOption(List.of("--municipalities", "no/such.csv"), "no/such.csv: file not found"));
    }

    @ParameterizedTest(name = "{0}") @MethodSource("badOptions")
    void aBadOptionExitsTwoAndWritesNothing(BadOption bad) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", repository.resolve("scenarios/baseline.yaml").toString(), "--out",
                dir.resolve("out").toString()));
        args.addAll(bad.option());
        CliTest.Result result = CliTest.reintsim(args.toArray(String[]::new));
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(bad.message()), result.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "something was written");
        }
    }
}
