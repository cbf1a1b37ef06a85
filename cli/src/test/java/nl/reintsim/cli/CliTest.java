package nl.reintsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    static Path repository;

    @TempDir Path dir;

    /** Every command of the tool (picocli's own "help" aside). */
    private static final List<String> COMMANDS = List.of("run", "compare", "calibrate", "validate", "report", "bench");

    /** The shipped parameters with a three-year warm-up: these tests are about the tool, not steady state. */
    static Path quickParameters;

    @BeforeAll static void locateRepository(@TempDir Path shared) throws Exception {
        repository = repositoryRoot();
        System.setProperty("reintsim.home", repository.toString());
        quickParameters = shared.resolve("quick.yaml");
        String shipped = Files.readString(repository.resolve("calibration/parameters/nl-2025.yaml"));
        String quick = shipped.replaceFirst("(?s)(warmupYears:\\s*\\n\\s*value: )10(.*?range: \\{min: )6", "$13$2" + "1");
        if (quick.equals(shipped)) throw new IllegalStateException("warm-up not found in the shipped parameters");
        Files.writeString(quickParameters, quick);
    }

    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.exists(here.resolve("calibration/parameters/nl-2025.yaml"))) here = here.getParent();
        return here;
    }

    record Result(int exitCode, String out, String err) { }

    static Result reintsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReintsimCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    static String scenario(String name) { return repository.resolve("scenarios/" + name + ".yaml").toString(); }

    private Result quickRun(Path out, String... extra) {
        return quickRun(out, 3, extra);
    }

    private Result quickRun(Path out, int replications, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", scenario("baseline"), "--years", "3", "-r", String.valueOf(replications),
                "-q", "--parameters", quickParameters.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return reintsim(args.toArray(String[]::new));
    }

    private long entries(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) { return list.count(); }
    }

    @Test void helpIsShownForEveryCommandAndExitsZero() {
        for (String command : COMMANDS) {
            Result result = reintsim(command, "--help");
            assertEquals(0, result.exitCode(), command);
            assertTrue(result.out().contains("Usage: reintsim " + command), result.out());
        }
        assertTrue(reintsim("--help").out().contains("compare"));
    }

    /** A "%" in a description is a format directive to picocli: unescaped, it warns on stderr and prints a raw "%n". */
    @Test void helpTextsRenderWithoutFormattingWarnings() {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : COMMANDS) {
                Result result = reintsim(command, "--help");
                assertFalse(result.out().contains("%n"), command + ": " + result.out());
                assertFalse(result.err().contains("WARN"), command + ": " + result.err());
            }
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * picocli starts a new line at every element of a description and wraps each element to the terminal
     * width, so an element that stops mid-sentence leaves a ragged half line; and the command list shows only
     * a command's first element, so that one must be a whole summary.
     */
    @Test void everyParagraphOfHelpEndsASentence() {
        List<String> ragged = new ArrayList<>();
        CommandLine root = new CommandLine(new ReintsimCommand());
        List<CommandLine> commands = new ArrayList<>(List.of(root));
        commands.addAll(root.getSubcommands().values());
        for (CommandLine command : commands) {
            var spec = command.getCommandSpec();
            if (spec.name().equals("help")) continue;   // picocli's own
            addRagged(spec.name(), spec.usageMessage().description(), ragged);
            for (var option : spec.options()) addRagged(spec.name() + " " + option.longestName(), option.description(), ragged);
            for (var parameter : spec.positionalParameters()) {
                addRagged(spec.name() + " " + parameter.paramLabel(), parameter.description(), ragged);
            }
        }
        assertEquals(List.of(), ragged);
    }

    private static void addRagged(String where, String[] paragraphs, List<String> ragged) {
        for (String paragraph : paragraphs) {
            String text = paragraph.strip();
            if (!text.endsWith(".") && !text.endsWith(".)")) ragged.add(where + ": " + paragraph);
        }
    }

    /**
     * picocli wraps help at 80 columns and may break a line after a dot, which splits a file name ("fit." at the
     * end of one line, "csv" at the start of the next) that a reader then cannot copy.
     */
    @Test void helpNeverBreaksALineInsideAFileName() {
        java.util.regex.Pattern split = java.util.regex.Pattern.compile("\\w\\.\\R\\s*(csv|json|yaml|html|png|md)\\b");
        for (String command : COMMANDS) {
            String help = reintsim(command, "--help").out();
            var found = split.matcher(help);
            assertFalse(found.find(), () -> command + " --help splits a file name: " + help);
        }
    }

    @Test void versionIsPrinted() {
        Result result = reintsim("--version");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("reintsim "));
    }

    @Test void anUnknownOptionIsAUsageErrorWithExitTwo() {
        Result result = reintsim("run", "--replicatoins", "5", scenario("baseline"));
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--replicatoins"), result.err());
    }

    @Test void noCommandIsAUsageError() {
        assertEquals(2, reintsim().exitCode());
    }

    @Test void anAbsurdReplicationCountIsRefusedBeforeRunning() {
        Result result = reintsim("run", scenario("baseline"), "-r", "100000000", "--out", dir.resolve("o").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--replications"), result.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test void aBrokenScenarioExitsTwoNamingFileAndLineAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(scenario("baseline"))).replace("horizonYears: 10", "horizonYaers: 10"));
        Path out = dir.resolve("out");
        Result result = reintsim("run", bad.toString(), "--out", out.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains(bad + ":10:1: horizonYaers: unknown key"), result.err());
        assertFalse(Files.exists(out));
        assertEquals(1, entries(dir), "something besides the bad file was written");
    }

    @Test void sameSeedGivesByteIdenticalSummariesWithOneAndTwoThreads() throws Exception {
        assertEquals(0, quickRun(dir.resolve("one"), "--threads", "1").exitCode());
        assertEquals(0, quickRun(dir.resolve("two"), "--threads", "2").exitCode());
        for (String file : List.of("summary.csv", "summary.json", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one/" + file)), Files.readAllBytes(dir.resolve("two/" + file)), file);
        }
    }

    @Test void compareGivesByteIdenticalTablesWithOneAndTwoThreads() throws Exception {
        for (String threads : List.of("1", "2")) {
            assertEquals(0, reintsim("compare", scenario("baseline"), scenario("id-in-detention"), "--years", "2", "-r", "2",
                    "-q", "--parameters", quickParameters.toString(), "--threads", threads, "--out", dir.resolve("c" + threads).toString()).exitCode());
        }
        for (String file : List.of("summary.csv", "comparison.csv", "comparison.json", "municipalities.csv", "groups.csv",
                "comparison-groups.csv", "monitor.csv", "timeseries.csv", "replications.csv", "costs.csv", "cost-comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("c1/" + file)), Files.readAllBytes(dir.resolve("c2/" + file)), file);
        }
    }

    @Test void aDifferentSeedGivesDifferentResults() throws Exception {
        assertEquals(0, quickRun(dir.resolve("a"), "--seed", "1").exitCode());
        assertEquals(0, quickRun(dir.resolve("b"), "--seed", "2").exitCode());
        assertNotEquals(Files.readString(dir.resolve("a/summary.csv")), Files.readString(dir.resolve("b/summary.csv")));
    }

    @Test void aRunWritesItsTablesAndManifestAndPrintsTheFolder() throws Exception {
        Path out = dir.resolve("run");
        Result result = quickRun(out);
        assertEquals(0, result.exitCode(), result.err());
        for (String file : List.of("summary.csv", "summary.json", "timeseries.csv", "manifest.json", "resolved-parameters.yaml")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
        assertTrue(result.out().contains("recidivism_2y"));
        assertTrue(result.out().contains("Results: " + out.toAbsolutePath()));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"sha256\""));
        assertTrue(manifest.contains("\"master_seed\" : 20260101"));
    }

    @Test void anExistingResultIsNotOverwrittenWithoutForce() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, quickRun(out).exitCode());
        byte[] before = Files.readAllBytes(out.resolve("summary.csv"));
        Result again = quickRun(out, "--seed", "9");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("--force"), again.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("summary.csv")));
        assertEquals(0, quickRun(out, "--seed", "9", "--force").exitCode());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("summary.csv"))));
    }

    @Test void compareWritesPairedDifferences() throws Exception {
        Path out = dir.resolve("cmp");
        Result result = reintsim("compare", scenario("baseline"), scenario("id-in-detention"), "--years", "3", "-r", "3", "-q",
                "--parameters", quickParameters.toString(),
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = Files.readAllLines(out.resolve("comparison.csv"));
        assertTrue(lines.get(0).startsWith("alternative,baseline,kpi,size_class,baseline_mean,alternative_mean,difference,ci95_low,ci95_high"));
        String noId = lines.stream().filter(l -> l.startsWith("id-in-detention,baseline,no_id_at_release,all,")).findFirst().orElseThrow();
        double difference = Double.parseDouble(noId.split(",")[6]);
        assertTrue(difference < 0, "arranging IDs should lower the share without ID at release: " + noId);
        for (String sizeClass : List.of("g4", "under_20k", "gap_g4_minus_under_20k")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("id-in-detention,baseline,recidivism_2y," + sizeClass + ",")), sizeClass);
        }
    }

    @Test void aCompareTooShortForItsLeverAndTheTwoYearOutcomesSaysSoAndPrintsNoGaps() throws Exception {
        Path out = dir.resolve("short");
        Result result = reintsim("compare", scenario("baseline"), scenario("rio-national"), "--years", "1", "-r", "2", "-q",
                "--lang", "en", "--parameters", quickParameters.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("note: rio-national: lever rio starts on 2027-01-01"), result.err());
        assertTrue(result.err().contains("two-year outcomes (recidivism_2y, redetention_2y, work_within_2y) cannot be measured"), result.err());
        assertFalse(result.out().contains("NaN"), result.out());
        assertTrue(result.out().contains("better in  n/a of runs"), result.out());
        // the embedded charts' base64 can hold any three letters
        String report = Files.readString(out.resolve("report.html")).replaceAll("data:image/png;base64,[^\"]*", "");
        assertTrue(report.contains("Two-year recidivism was not measured"));
        assertFalse(report.contains("NaN"));
        assertFalse(report.contains("0 of 0 runs"));
        assertFalse(report.contains("–% ("), "a share not measured is a dash alone");
    }

    @Test void compareWritesASelfContainedReportWithEveryChartAndEscapesScenarioText() throws Exception {
        Path hostile = dir.resolve("hostile.yaml");
        Files.writeString(hostile, Files.readString(Path.of(scenario("id-in-detention")))
                .replace("name: id-in-detention", "name: hostile")
                .replaceFirst("nl: \"[^\"]*\"", "nl: \"<script>alert(1)</script> & co\""));
        Path out = dir.resolve("report");
        Result result = reintsim("compare", scenario("baseline"), hostile.toString(), "--years", "3", "-r", "2", "-q",
                "--parameters", quickParameters.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<script"), "no scripts, and user text is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), "the title shows escaped");
        assertFalse(html.contains("<link") || html.contains("@import"), "no external style sheets or fonts");
        java.util.regex.Matcher references = java.util.regex.Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (references.find()) assertTrue(references.group(1).startsWith("data:"), "external reference: " + references.group(1));
        List<String> charts;
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            charts = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".png")).sorted().toList();
        }
        List<String> expected = new java.util.ArrayList<>(List.of("contact_by_size_class.png", "costs_by_payer.png", "costs_per_year.png",
                "differences_by_kpi.png", "differences_recidivism_2y.png", "differences_recidivism_2y_by_size_class.png",
                "differences_recidivism_2y_by_group.png", "monitor_reference.png", "recidivism_by_size_class.png"));
        for (String kpi : List.of("recidivism_2y", "redetention_2y", "no_id_at_release", "no_address_after_release", "no_income_month_after",
                "coordinator_wait_days", "shelter_wait_days")) {
            expected.add(kpi + "_over_time.png");
        }
        assertEquals(expected.stream().sorted().toList(), charts);
        for (String chart : charts) {
            assertTrue(Files.exists(out.resolve("charts/" + chart.replace(".png", ".svg"))), chart + " has an SVG too");
            assertTrue(html.contains("charts/" + chart), chart + " is in the report");
        }
        assertEquals(charts.size(), html.split("<img ", -1).length - 1, "one embedded image per chart");
        java.util.regex.Matcher images = java.util.regex.Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
        while (images.find()) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(
                    new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(images.group(1))));
            assertTrue(image != null && image.getWidth() >= 800 && image.getHeight() >= 400, "an embedded chart decodes as a picture");
        }
        assertTrue(html.contains("<table>") && html.contains("lang=\"nl\""));
        assertTrue(html.contains("state_subsidy_rio"), "the payer table is there");
    }

    @Test void theReportCanBeWrittenAgainFromTheFolderInTheOtherLanguage() throws Exception {
        Path out = dir.resolve("later");
        assertEquals(0, reintsim("compare", scenario("baseline"), scenario("rio-national"), "--years", "2", "-r", "2", "-q",
                "--parameters", quickParameters.toString(), "--out", out.toString()).exitCode());
        String dutch = Files.readString(out.resolve("report.html"));
        Result refused = reintsim("report", out.toString(), "--lang", "en");
        assertEquals(2, refused.exitCode(), "an existing report is not replaced without --force");
        assertEquals(dutch, Files.readString(out.resolve("report.html")));
        Result english = reintsim("report", out.toString(), "--lang", "en", "--force");
        assertEquals(0, english.exitCode(), english.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("lang=\"en\"") && html.contains("two-year recidivism"), "English text");
        assertEquals(dutch.split("<img ", -1).length - 1, html.split("<img ", -1).length - 1, "every chart again, the cost charts included");
        assertTrue(html.contains("Extra societal cost per year"), "the costs per year are read back from costs-per-year.csv");
        assertTrue(html.contains("For whom") && html.contains("charts/differences_recidivism_2y_by_group.png"),
                "the groups of released people are read back from replications.csv");
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".report")), "no staging left behind");
        }
        assertEquals(2, reintsim("report", dir.toString()).exitCode(), "not an output folder");
    }

    @Test void theReportARunWritesIsTheOneReportWritesAgainByteForByte() throws Exception {
        Path out = dir.resolve("again");
        assertEquals(0, reintsim("compare", scenario("baseline"), scenario("housing-priority"), "--years", "3", "-r", "2", "-q",
                "--parameters", quickParameters.toString(), "--out", out.toString()).exitCode());
        byte[] html = Files.readAllBytes(out.resolve("report.html"));
        Map<String, byte[]> charts = new TreeMap<>();
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            for (Path f : files.toList()) charts.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        Result again = reintsim("report", out.toString(), "--force");
        assertEquals(0, again.exitCode(), again.err());
        assertArrayEquals(html, Files.readAllBytes(out.resolve("report.html")));
        for (var chart : charts.entrySet()) {
            assertArrayEquals(chart.getValue(), Files.readAllBytes(out.resolve("charts").resolve(chart.getKey())), chart.getKey());
        }
    }

    @Test void theFoldersScenarioCopySaysHowManyYearsWereMeasured() throws Exception {
        Path out = dir.resolve("years");
        assertEquals(0, quickRun(out, 1).exitCode());
        String copy = Files.readString(out.resolve("scenarios/baseline.yaml"));
        assertTrue(copy.contains("\nhorizonYears: 3  # --years 3; the scenario file says 10\n"), copy);
        assertEquals(Files.readString(Path.of(scenario("baseline"))).replace("horizonYears: 10", ""),
                copy.replace("horizonYears: 3  # --years 3; the scenario file says 10", ""), "the rest as written");
    }

    @Test void targetsGiveAFitTableAChartAndAReportSection() throws Exception {
        Path out = dir.resolve("fit");
        Result result = quickRun(out, 2, "--targets", repository.resolve("calibration/targets/nl.yaml").toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> fit = Files.readAllLines(out.resolve("fit.csv"));
        assertTrue(fit.get(0).startsWith("kpi,target,tolerance,weight,simulated_mean,ci95_low,ci95_high,within_tolerance,distance"));
        assertTrue(fit.stream().anyMatch(l -> l.startsWith("recidivism_2y,0.49,0.01,")));
        assertTrue(result.out().contains("within tolerance, weighted distance"), result.out());
        assertTrue(Files.exists(out.resolve("charts/calibration_fit.png")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("kalibratiedoelen"));
        Result again = reintsim("report", out.toString(), "--lang", "en", "--force");
        assertEquals(0, again.exitCode(), "fit.csv (sources with quoted commas) is read back: " + again.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("Fit to the calibration targets"));
        Path bad = dir.resolve("targets.yaml");
        Files.writeString(bad, "format: reintsim-targets/1\ntargets:\n  - {kpi: nothing, value: 1, tolerance: 1, weight: 1, population: p, source: s}\n");
        Result refused = quickRun(dir.resolve("nofit"), 1, "--targets", bad.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("targets.yaml:3:") && refused.err().contains("nothing"), refused.err());
        assertFalse(Files.exists(dir.resolve("nofit")));
    }

    @Test void uncertaintyDrawsGiveIntervalsAVarianceSplitAndChancesOverDraws() throws Exception {
        Path out = dir.resolve("uncertain");
        Result result = reintsim("compare", repository.resolve("scenarios/baseline.yaml").toString(),
                repository.resolve("scenarios/id-in-detention.yaml").toString(), "-r", "1", "--years", "3", "--uncertainty", "2",
                "--uncertainty-replications", "2", "-q", "--lang", "en", "--parameters", quickParameters.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> rows = Files.readAllLines(out.resolve("uncertainty.csv"));
        assertEquals("scenario,baseline,measure,kpi,mean,ui95_low,ui95_high,sd_parameters,sd_chance,share_variance_parameters,"
                + "share_draws_better,draws,replications_per_draw", rows.get(0));
        String noId = rows.stream().filter(l -> l.startsWith("id-in-detention,baseline,difference,no_id_at_release,")).findFirst().orElseThrow();
        String[] cells = noId.split(",");
        assertTrue(Double.parseDouble(cells[4]) < 0, "arranging IDs lowers the share without ID in every draw: " + noId);
        assertEquals("1", cells[10], "better in both draws: " + noId);
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("id-in-detention,baseline,difference,npv_net_benefit_eur,")));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("baseline,,level,recidivism_2y,")));
        List<String> draws = Files.readAllLines(out.resolve("parameter-draws.csv"));
        assertTrue(draws.stream().anyMatch(l -> l.startsWith("0,")) && draws.stream().anyMatch(l -> l.startsWith("1,")));
        assertTrue(result.out().contains("Parameter uncertainty: 2 draws"), result.out());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Uncertainty from what we do not know") && report.contains("difference: societal net benefit (present value)")
                && report.contains("<code class=\"key\">npv_net_benefit_eur</code>"), "the net benefit by its name, with its key in uncertainty.csv");
        Files.delete(out.resolve("report.html"));
        assertEquals(0, reintsim("report", out.toString(), "--lang", "en").exitCode());
        assertTrue(Files.readString(out.resolve("report.html")).contains("Uncertainty from what we do not know"), "report DIR reads uncertainty.csv");

        Result refused = quickRun(dir.resolve("one-draw"), 1, "--uncertainty", "1");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("--uncertainty: found 1"), refused.err());
        assertFalse(Files.exists(dir.resolve("one-draw")));
    }

    @Test void noReportMeansNoReportAndEnglishIsAvailable() throws Exception {
        Path none = dir.resolve("none");
        assertEquals(0, quickRun(none, 1, "--no-report").exitCode());
        assertFalse(Files.exists(none.resolve("report.html")));
        Path english = dir.resolve("english");
        assertEquals(0, quickRun(english, 1, "--lang", "en").exitCode());
        assertTrue(Files.readString(english.resolve("report.html")).contains("lang=\"en\""));
        assertEquals(2, quickRun(dir.resolve("fr"), 1, "--lang", "fr").exitCode());
    }

    @Test void precisionAddsReplicationsUntilTheMaximumAndSaysSo() throws Exception {
        Path out = dir.resolve("precise");
        Result result = reintsim("compare", scenario("baseline"), scenario("id-in-detention"), "--years", "2", "-r", "2", "-q",
                "--parameters", quickParameters.toString(), "--precision", "no_id_at_release=0.00001", "--max-replications", "3",
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Precision NOT reached: stopped at --max-replications 3"), result.out());
        List<String> precision = Files.readAllLines(out.resolve("precision.csv"));
        assertEquals("alternative,kpi,target_half_width,half_width,met,replications", precision.get(0));
        assertTrue(precision.get(1).startsWith("id-in-detention,no_id_at_release,") && precision.get(1).endsWith(",no,3"), precision.get(1));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"replications\" : 3"), "the manifest counts all replications");
    }

    @Test void aPrecisionTargetOnAnUnknownKpiIsABadInput() {
        Result result = reintsim("compare", scenario("baseline"), scenario("id-in-detention"), "--precision", "recidivsm_2y=0.005",
                "--out", dir.resolve("x").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--precision") && result.err().contains("recidivsm_2y"), result.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test void replayingOneReplicationReproducesItsShareOfTheBatch() throws Exception {
        Path batch = dir.resolve("batch");
        assertEquals(0, quickRun(batch, 2).exitCode());
        double[] replayed = new double[2];
        for (int k = 0; k < 2; k++) {
            Path single = dir.resolve("single" + k);
            assertEquals(0, reintsim("run", scenario("baseline"), "--years", "3", "-q", "--parameters", quickParameters.toString(),
                    "--replay-replication", String.valueOf(k),
                    "--out", single.toString()).exitCode());
            replayed[k] = recidivism2y(single);
        }
        assertNotEquals(replayed[0], replayed[1], "two replications should differ");
        assertEquals((replayed[0] + replayed[1]) / 2, recidivism2y(batch), 1e-7);
    }

    private static double recidivism2y(Path folder) throws Exception {
        String row = Files.readAllLines(folder.resolve("summary.csv")).stream()
                .filter(l -> l.startsWith("baseline,recidivism_2y,")).findFirst().orElseThrow();
        return Double.parseDouble(row.split(",")[2]);
    }

    @Test void validateAcceptsTheShippedMunicipalityTableAndRejectsAnUnknownSizeClass() throws Exception {
        Path shipped = repository.resolve("calibration/municipalities/nl-2025.csv");
        assertEquals(0, reintsim("validate", shipped.toString()).exitCode());
        Path bad = dir.resolve("m.csv");
        Files.writeString(bad, Files.readString(shipped).replace(",g4,R01,", ",metropolis,R01,"));
        Result result = reintsim("validate", bad.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("m.csv:10:") && result.err().contains("size_class"), result.err());
    }

    @Test void validateAcceptsTheShippedFilesAndRejectsABrokenOne() throws Exception {
        Result ok = reintsim("validate", scenario("baseline"), repository.resolve("calibration/parameters/nl-2025.yaml").toString());
        assertEquals(0, ok.exitCode(), ok.err());
        Path bad = dir.resolve("p.yaml");
        Files.writeString(bad, Files.readString(repository.resolve("calibration/parameters/nl-2025.yaml")).replaceFirst("(dailyHazardAtRelease:\\s*\\n\\s*value: )[0-9.]+", "$17"));
        Result result = reintsim("validate", bad.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("recidivism.dailyHazardAtRelease.value"), result.err());
    }

    @Test void validateReadsATargetsFileAsTargetsAndNamesAnUnknownKpi() throws Exception {
        Path shipped = repository.resolve("calibration/targets/nl.yaml");
        Result ok = reintsim("validate", shipped.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("(calibration targets)"), ok.out());
        Path bad = dir.resolve("t.yaml");
        Files.writeString(bad, Files.readString(shipped).replace("kpi: recidivism_2y,", "kpi: recidivism_3y,"));
        Result result = reintsim("validate", bad.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("t.yaml:") && result.err().contains("kpi") && result.err().contains("recidivism_3y"), result.err());
    }
}
