package nl.reintsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `reintsim calibrate` on the real model, kept small: two free parameters, a 3-year warm-up, a handful of evaluations. */
class CalibrateCommandTest {
    static Path repository;
    /** The shipped parameters with a short warm-up and only two values marked fit. */
    static Path twoFree;

    static String housingStart;
    static String idStart;

    @TempDir Path dir;

    private static String number(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!m.find()) throw new IllegalStateException(regex + " not found");
        return m.group(1);
    }

    @BeforeAll static void prepare(@TempDir Path shared) throws Exception {
        repository = CliTest.repositoryRoot();
        System.setProperty("reintsim.home", repository.toString());
        String text = Files.readString(repository.resolve("calibration/parameters/nl-2025.yaml"));
        text = text.replaceFirst("(?s)(warmupYears:\\s*\\n\\s*value: )10(.*?range: \\{min: )6", "$13$2" + "1");
        text = text.replaceAll(", fit: \\{min: [^}]*}", "").replaceAll("\\n\\s+fit: \\{min: [^}]*}", "");
        text = text.replaceFirst("(meanDaysToHousing: \\{value: [0-9.]+, .*?range: \\{min: [0-9.]+, max: [0-9.]+})", "$1, fit: {min: 60, max: 720}");
        text = text.replaceFirst("(meanDaysToArrangeId: \\{value: [0-9.]+, .*?range: \\{min: [0-9.]+, max: [0-9.]+})", "$1, fit: {min: 20, max: 365}");
        if (text.split(", fit: \\{min").length != 3) throw new IllegalStateException("test anchors not found in the shipped parameters");
        housingStart = number(text, "meanDaysToHousing: \\{value: ([0-9.]+)");
        idStart = number(text, "meanDaysToArrangeId: \\{value: ([0-9.]+)");
        twoFree = shared.resolve("two-free.yaml");
        Files.writeString(twoFree, text);
    }

    private CliTest.Result calibrate(Path parameters, Path output, Path out, String threads) {
        return CliTest.reintsim("calibrate", "--parameters", parameters.toString(), "--output", output.toString(),
                "--out", out.toString(), "--evaluations", "6", "--fit-replications", "1", "--fit-years", "3",
                "-r", "1", "--years", "3", "--threads", threads, "--no-report", "-q");
    }

    @Test void aFitMovesOnlyTheFreeValuesIsReproducibleWhateverTheThreadCountAndIsCheckedOnFreshReplications() throws Exception {
        CliTest.Result one = calibrate(twoFree, dir.resolve("one.yaml"), dir.resolve("check1"), "1");
        assertEquals(0, one.exitCode(), one.err());
        CliTest.Result two = calibrate(twoFree, dir.resolve("two.yaml"), dir.resolve("check2"), "2");
        assertEquals(0, two.exitCode(), two.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.yaml")), Files.readAllBytes(dir.resolve("two.yaml")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("check1/calibration-trace.csv")), Files.readAllBytes(dir.resolve("check2/calibration-trace.csv")));

        List<String> before = Files.readAllLines(twoFree);
        // a refit replaces the header of the earlier fit (the shipped file is itself fitted)
        if (before.get(0).startsWith("# Fitted by")) before = before.subList(before.indexOf("") + 1, before.size());
        List<String> after = Files.readAllLines(dir.resolve("one.yaml"));
        assertTrue(after.get(0).startsWith("# Fitted by `reintsim calibrate` from two-free.yaml"), after.get(0));
        List<String> body = after.subList(after.indexOf("") + 1, after.size());
        assertEquals(before.size(), body.size());
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).equals(body.get(i))) continue;
            assertTrue(body.get(i).contains("meanDaysToHousing") || body.get(i).contains("meanDaysToArrangeId"), "changed: " + body.get(i));
            assertTrue(body.get(i).contains("source: \"fitted: "), body.get(i));
        }

        List<String> trace = Files.readAllLines(dir.resolve("check1/calibration-trace.csv"));
        assertEquals("evaluation,distance,best_so_far,conditions.meanDaysToArrangeId,conditions.meanDaysToHousing", trace.get(0));
        assertEquals(1 + 6, trace.size());
        assertTrue(trace.get(1).endsWith("," + idStart + "," + housingStart), "the start is evaluated first: " + trace.get(1));
        assertTrue(Files.exists(dir.resolve("check1/fit.csv")));
        String manifest = Files.readString(dir.resolve("check1/manifest.json"));
        assertTrue(manifest.contains("one.yaml"), "the check ran the fitted file");
        assertTrue(Files.readString(dir.resolve("check1/replications.csv")).lines().skip(1)
                .allMatch(l -> l.split(",")[1].equals("1")), "the check used replication 1, not the fit's replication 0");
        assertTrue(one.out().contains("meanDaysToHousing") && one.out().contains("Fitted parameters:"), one.out());
    }

    @Test void anExistingOutputFileIsNeitherOverwrittenNorWorkedOn() throws Exception {
        Path output = dir.resolve("exists.yaml");
        Files.writeString(output, "precious");
        CliTest.Result result = calibrate(twoFree, output, dir.resolve("check"), "1");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("exists") && result.err().contains("--force"), result.err());
        assertEquals("precious", Files.readString(output));
        assertFalse(Files.exists(dir.resolve("check")));
    }

    @Test void aParameterFileWithoutFitMarksIsRefusedUpFront() throws Exception {
        Path none = dir.resolve("none.yaml");
        Files.writeString(none, Files.readString(twoFree).replaceAll(", fit: \\{min: [^}]*}", ""));
        CliTest.Result result = calibrate(none, dir.resolve("out.yaml"), dir.resolve("check"), "1");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("none.yaml") && result.err().contains("fit: {min, max}"), result.err());
        assertFalse(Files.exists(dir.resolve("out.yaml")));
        assertNotEquals(0, result.err().length());
    }
}
