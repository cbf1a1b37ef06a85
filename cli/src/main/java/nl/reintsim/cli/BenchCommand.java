package nl.reintsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.KpiAccumulator;
import nl.reintsim.output.kpi.KpiReplications;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.statistics.PairedDifference;
import nl.reintsim.output.statistics.Summary;
import nl.reintsim.output.table.ResultTables;
import nl.reintsim.simulation.engine.ModelInputs;
import nl.reintsim.simulation.engine.ReintegrationSimulation;
import nl.reintsim.simulation.engine.ReplicationRunner;
import nl.reintsim.simulation.engine.RunSettings;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.parameters.BijdrageregelingParameters;
import nl.reintsim.simulation.parameters.CaseManagerParameters;
import nl.reintsim.simulation.parameters.InflowParameters;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.SupportParameters;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.random.SplitMix64;
import nl.reintsim.simulation.scenario.MunicipalityTableLoader;
import nl.reintsim.simulation.scenario.ParameterLoader;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Measures speed and memory and writes bench.json (issue "Performance"). Reports figures; it asserts
 * nothing: the targets are printed next to what was measured, on this machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the simulator's speed, scaling and memory against its targets, and write bench.json.",
                "CPU time of one national replication (median of 3 runs; its warm-up and measured years apart), "
                        + "person-events per second, replications per second on 1 thread and on all cores, time and peak "
                        + "heap at 1, 2, 5 and 10 times national scale, the ratio to a floor that only draws the same random "
                        + "numbers, and the time to a paired 95%% CI half-width of 0.5 pp on recidivism_2y (baseline vs "
                        + "rio-national) with and without common random numbers, and the CPU time of one replication of every "
                        + "shipped scenario, each with its own warm-up and sharing one. Takes a "
                        + "few minutes; --quick for a smoke test."})
final class BenchCommand implements Callable<Integer> {
    private static final double TARGET_CPU_SECONDS = 0.5;
    private static final double TARGET_SPEEDUP = 1.7;
    private static final double TARGET_SCALE_RATIO = 11;
    private static final double TARGET_PEAK_HEAP_GB = 2;
    private static final double TARGET_FLOOR_RATIO = 5;
    private static final double PRECISION_HALF_WIDTH = 0.005;
    /**
     * Times the national replication is run for its CPU figure, which is their median: on a shared machine one
     * run can take a third longer than the next with the same work, and every ratio to 1x inherited that.
     */
    private static final int REPEATS = 3;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench.json", description = "Where to write the figures (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Replace an existing FILE.")
    boolean force;

    @Option(names = "--quick", description = "Scales 1 and 2 only, two-year horizon, few replications: checks that the benchmark works.")
    boolean quick;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "30",
            description = "Cap per scenario for the precision race (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        if (Files.exists(out) && !force) {
            err.println("reintsim bench: " + out + " exists; use --force to replace it or --out to choose another file");
            return ExitCodes.BAD_INPUT;
        }
        Path home = Installation.home();
        ModelParameters parameters = ParameterLoader.load(home.resolve("calibration/parameters/nl-2025.yaml"));
        List<Municipality> table = MunicipalityTableLoader.load(home.resolve("calibration/municipalities/nl-2025.csv"));
        Scenario baseline = ScenarioLoader.load(home.resolve("scenarios/baseline.yaml"));
        Scenario rio = ScenarioLoader.load(home.resolve("scenarios/rio-national.yaml"));
        if (quick) {
            baseline = baseline.withHorizonYears(2);
            rio = rio.withHorizonYears(2);
        }
        ModelInputs national = new ModelInputs(parameters, table);
        ObjectNode json = new ObjectMapper().createObjectNode();
        ObjectNode machine = json.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_gb", Runtime.getRuntime().maxMemory() / 1e9);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        json.put("version", ReintsimCommand.version());
        json.put("horizon_years", baseline.horizonYears());
        json.put("warmup_years", parameters.warmupYears());

        progress(err, "JIT warm-up: one whole replication, not counted");
        // with the one-year replication used before, the three timed national runs took 2.31, 2.03 and 1.91 s: the JIT was
        // not yet done with the model (measured 2026-11-23)
        single(baseline, quick ? new ModelInputs(parameters.withWarmupYears(1), table) : national, 99);

        int repeats = quick ? 1 : REPEATS;
        progress(err, "one national replication, " + repeats + (repeats == 1 ? " time" : " times"));
        List<Measured> runs = repeated(baseline, national, repeats);
        Measured one = median(runs);
        ObjectNode single = json.putObject("single_replication");
        single.put("cpu_seconds", one.cpuSeconds);
        single.put("cpu_seconds_is_median_of", repeats);
        single.put("warm_up_cpu_seconds", one.warmUpCpuSeconds);
        single.put("measured_years_cpu_seconds", one.measuredYearsCpuSeconds());
        var cpuRuns = single.putArray("cpu_seconds_runs");
        for (Measured run : runs) cpuRuns.add(run.cpuSeconds);
        single.put("wall_seconds", one.wallSeconds);
        single.put("person_events", one.events);
        single.put("person_events_per_cpu_second", one.events / one.cpuSeconds);
        single.put("random_draws", one.draws);
        single.put("target_cpu_seconds", TARGET_CPU_SECONDS);
        single.put("target_met", one.cpuSeconds <= TARGET_CPU_SECONDS);

        progress(err, "floor: the same number of random draws, nothing else");
        double floor = floorSeconds(one.draws);
        ObjectNode floorNode = json.putObject("floor");
        floorNode.put("cpu_seconds", floor);
        floorNode.put("model_to_floor_ratio", one.cpuSeconds / floor);
        floorNode.put("target_ratio", TARGET_FLOOR_RATIO);
        floorNode.put("target_met", one.cpuSeconds / floor <= TARGET_FLOOR_RATIO);

        int cores = Runtime.getRuntime().availableProcessors();
        int batch = quick ? 2 : 2 * cores;
        progress(err, "throughput on 1 thread and on " + cores);
        double oneThread = throughput(baseline, national, batch, 1);
        double allThreads = throughput(baseline, national, batch, cores);
        ObjectNode throughput = json.putObject("throughput");
        throughput.put("replications", batch);
        throughput.put("replications_per_second_1_thread", oneThread);
        throughput.put("replications_per_second_all_cores", allThreads);
        throughput.put("threads", cores);
        throughput.put("speedup", allThreads / oneThread);
        throughput.put("target_speedup", TARGET_SPEEDUP);
        throughput.put("target_met", allThreads / oneThread >= TARGET_SPEEDUP);

        int[] scales = quick ? new int[] {1, 2} : new int[] {1, 2, 5, 10};
        var scaleArray = json.putArray("scale");
        double baseSeconds = Double.NaN;
        double basePeak = Double.NaN;
        boolean linear = true;
        double largestPeak = 0;
        for (int k : scales) {
            progress(err, k + " x national scale");
            // the 1x run is the base of every ratio: a median as above, not one more single run; each repeat
            // starts from a collected heap, so the peak is that of one replication, like at the other scales
            List<Measured> runsAtScale = new ArrayList<>();
            double peak = 0;
            for (int i = 0; i < (k == 1 ? repeats : 1); i++) {
                System.gc();
                resetPeaks();
                runsAtScale.add(single(baseline, scaled(parameters, table, k), 0));
                peak = peakHeapGb();
            }
            Measured m = median(runsAtScale);
            if (k == 1) {
                baseSeconds = m.cpuSeconds;
                basePeak = peak;
            }
            ObjectNode row = scaleArray.addObject();
            row.put("scale", k);
            row.put("cpu_seconds", m.cpuSeconds);
            row.put("cpu_seconds_is_median_of", runsAtScale.size());
            row.put("time_ratio_to_1x", m.cpuSeconds / baseSeconds);
            row.put("peak_heap_gb", peak);
            row.put("peak_heap_ratio_to_1x", peak / basePeak);
            if (k == 10 && m.cpuSeconds / baseSeconds > TARGET_SCALE_RATIO) linear = false;
            largestPeak = peak;
        }
        ObjectNode scaleTargets = json.putObject("scale_targets");
        scaleTargets.put("time_ratio_10x_at_most", TARGET_SCALE_RATIO);
        scaleTargets.put("peak_heap_gb_10x_at_most", TARGET_PEAK_HEAP_GB);
        scaleTargets.put("largest_scale_peak_heap_gb", largestPeak);
        scaleTargets.put("time_target_met", linear);
        scaleTargets.put("heap_target_met", largestPeak <= TARGET_PEAK_HEAP_GB);

        List<Scenario> shipped = sharingScenarios(home, baseline);
        progress(err, shipped.size() + " shipped scenarios, one replication each: each with its own warm-up, then sharing one");
        double ownWarmUps = 0;
        for (Scenario scenario : shipped) ownWarmUps += single(scenario, national, 0).cpuSeconds;
        double sharedWarmUp = sharedWarmUpSeconds(shipped, national, 0);
        ObjectNode sharing = json.putObject("shared_warm_up");
        sharing.put("scenarios", shipped.size());
        sharing.put("cpu_seconds_each_own_warm_up", ownWarmUps);
        sharing.put("cpu_seconds_one_shared_warm_up", sharedWarmUp);
        sharing.put("cpu_seconds_per_scenario_replication_shared", sharedWarmUp / shipped.size());
        sharing.put("speedup", ownWarmUps / sharedWarmUp);

        progress(err, "precision race: common random numbers against independent streams");
        ObjectNode race = json.putObject("precision_race");
        race.put("kpi", Kpi.RECIDIVISM_2Y.key());
        race.put("half_width_target", PRECISION_HALF_WIDTH);
        Race paired = race(baseline, rio, national, true, cores);
        Race independent = race(baseline, rio, national, false, cores);
        race.put("paired_replications", paired.replications);
        race.put("paired_wall_seconds", paired.seconds);
        race.put("paired_half_width", paired.halfWidth);
        race.put("independent_replications", independent.replications);
        race.put("independent_wall_seconds", independent.seconds);
        race.put("independent_half_width", independent.halfWidth);
        race.put("independent_reached_target", independent.halfWidth <= PRECISION_HALF_WIDTH);
        race.put("gain_from_pairing", independent.seconds / paired.seconds);

        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path staging = Files.createTempFile(parent, ".bench", ".partial");
        Files.writeString(staging, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
        Files.move(staging, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        stdout.printf(Locale.ROOT, "one national replication (%d warm-up + %d years): %.2f s CPU%s (target <= %.1f), %,.0f person-events/s%n",
                parameters.warmupYears(), baseline.horizonYears(), one.cpuSeconds, repeats == 1 ? "" : String.format(Locale.ROOT,
                        ", median of %d runs from %.2f to %.2f", repeats, runs.stream().mapToDouble(Measured::cpuSeconds).min().orElseThrow(),
                        runs.stream().mapToDouble(Measured::cpuSeconds).max().orElseThrow()),
                TARGET_CPU_SECONDS, one.events / one.cpuSeconds);
        stdout.printf(Locale.ROOT, "  of which the warm-up %.2f s and the %d measured years %.2f s (of the median run)%n",
                one.warmUpCpuSeconds, baseline.horizonYears(), one.measuredYearsCpuSeconds());
        stdout.printf(Locale.ROOT, "model / floor (same %,d random draws): %.1f (target <= %.0f)%n", one.draws, one.cpuSeconds / floor, TARGET_FLOOR_RATIO);
        stdout.printf(Locale.ROOT, "replications per second: %.3f on 1 thread, %.3f on %d; speed-up %.2f (target >= %.1f)%n",
                oneThread, allThreads, cores, allThreads / oneThread, TARGET_SPEEDUP);
        for (var row : scaleArray) {
            stdout.printf(Locale.ROOT, "scale %2dx: %.1f s CPU (%.1fx), peak heap %.2f GB%n", row.get("scale").asInt(),
                    row.get("cpu_seconds").asDouble(), row.get("time_ratio_to_1x").asDouble(), row.get("peak_heap_gb").asDouble());
        }
        stdout.printf(Locale.ROOT, "%d shipped scenarios, one replication each: %.1f s CPU with a warm-up each, %.1f s sharing one "
                        + "(%.2f s a scenario, %.2fx faster; as run and compare do)%n", shipped.size(), ownWarmUps, sharedWarmUp,
                sharedWarmUp / shipped.size(), ownWarmUps / sharedWarmUp);
        stdout.printf(Locale.ROOT, "to a paired half-width of %.1f pp on recidivism_2y: %d replications, %.0f s with common random numbers; "
                        + "%d replications, %.0f s (half-width %.2f pp) with independent streams: pairing is %.1fx faster%n",
                100 * PRECISION_HALF_WIDTH, paired.replications, paired.seconds, independent.replications, independent.seconds,
                100 * independent.halfWidth, independent.seconds / paired.seconds);
        stdout.println("Written: " + out);
        return ExitCodes.OK;
    }

    /** One replication: CPU seconds in all and of its warm-up alone, wall seconds, events seen and random numbers drawn. */
    record Measured(double cpuSeconds, double warmUpCpuSeconds, double wallSeconds, long events, long draws) {
        double measuredYearsCpuSeconds() { return cpuSeconds - warmUpCpuSeconds; }
    }

    private record Race(int replications, double seconds, double halfWidth) { }

    private static void progress(java.io.PrintWriter err, String step) {
        err.println("reintsim bench: " + step);
        err.flush();
    }

    /** One replication on this thread, with CPU time (its warm-up's apart), events seen and random numbers drawn. */
    private Measured single(Scenario scenario, ModelInputs inputs, int replication) {
        long[] events = {0};   // one thread: no atomic increment in a count taken 5 million times
        RandomStreams streams = RandomStreams.forReplication(1, replication);
        var simulation = new ReintegrationSimulation(scenario, inputs, streams, event -> events[0]++);
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        simulation.runWarmUp();
        long warmedUp = threads.getCurrentThreadCpuTime();
        simulation.runMeasuredYears();
        return new Measured((threads.getCurrentThreadCpuTime() - cpu) / 1e9, (warmedUp - cpu) / 1e9, (System.nanoTime() - wall) / 1e9,
                events[0], streams.draws());
    }

    /** The shipped scenarios that share the baseline's warm-up (all of them, as shipped), the baseline first, with its horizon. */
    private static List<Scenario> sharingScenarios(Path home, Scenario baseline) throws Exception {
        List<Scenario> scenarios = new ArrayList<>(List.of(baseline));
        try (var files = Files.list(home.resolve("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario scenario = ScenarioLoader.load(file).withHorizonYears(baseline.horizonYears());
                if (!scenario.name().equals(baseline.name()) && ReintegrationSimulation.sharesWarmUp(baseline, scenario)) scenarios.add(scenario);
            }
        }
        return scenarios;
    }

    /** CPU seconds, on this thread, of one replication of each scenario sharing one warm-up, as {@code run} and {@code compare} do. */
    private double sharedWarmUpSeconds(List<Scenario> scenarios, ModelInputs inputs, int replication) {
        long cpu = threads.getCurrentThreadCpuTime();
        ReplicationRunner.runSharing(scenarios, inputs, 1, replication, (scenario, r, calendar) -> event -> { });
        return (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    }

    /** The same replication run {@code times} times in a row: the same work each time, only the timing varies. */
    private List<Measured> repeated(Scenario scenario, ModelInputs inputs, int times) {
        List<Measured> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) runs.add(single(scenario, inputs, 0));
        return runs;
    }

    /** The run with the median CPU time (of an even number, the faster of the middle two). */
    static Measured median(List<Measured> runs) {
        List<Measured> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(Measured::cpuSeconds));
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The same number of keyed-style draws with nothing around them: what the model cannot go below. */
    private double floorSeconds(long draws) {
        long cpu = threads.getCurrentThreadCpuTime();
        long acc = 0;
        for (long i = 0; i < draws; i++) acc += SplitMix64.mix(SplitMix64.mix(i * 0x9E3779B97F4A7C15L) + i);
        double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (acc == 42) System.out.print("");   // keeps the loop from being optimised away
        return seconds;
    }

    private double throughput(Scenario scenario, ModelInputs inputs, int replications, int threadCount) {
        long wall = System.nanoTime();
        ReplicationRunner.run(List.of(scenario), inputs, new RunSettings(7, replications, threadCount), 0,
                (s, r, c) -> event -> { }, (done, total) -> { });
        return replications / ((System.nanoTime() - wall) / 1e9);
    }

    /** Adds replications until the 95% CI half-width of the difference meets the target, or the cap. */
    private Race race(Scenario baseline, Scenario alternative, ModelInputs inputs, boolean paired, int cores) {
        long wall = System.nanoTime();
        List<ReplicationKpis> base = new ArrayList<>();
        List<ReplicationKpis> alt = new ArrayList<>();
        int cap = quick ? 4 : maxReplications;
        double half = Double.POSITIVE_INFINITY;
        while (base.size() < cap) {
            int next = Math.min(cap, Math.max(base.size() + cores, base.size() < 2 ? 2 : base.size()));
            int count = next - base.size();
            base.addAll(kpis(baseline, inputs, 11, base.size(), count, cores));
            alt.addAll(kpis(alternative, inputs, paired ? 11 : 1_000_003, alt.size(), count, cores));
            double[] b = ResultTables.values(base, Kpi.RECIDIVISM_2Y);
            double[] a = ResultTables.values(alt, Kpi.RECIDIVISM_2Y);
            Summary d = paired ? PairedDifference.of(b, a, null).difference() : PairedDifference.unpaired(b, a);
            half = (d.ci95High() - d.ci95Low()) / 2;
            if (half <= PRECISION_HALF_WIDTH) break;
        }
        return new Race(base.size(), (System.nanoTime() - wall) / 1e9, half);
    }

    private static List<ReplicationKpis> kpis(Scenario scenario, ModelInputs inputs, long seed, int first, int count, int cores) {
        return KpiReplications.run(List.of(scenario), inputs, new RunSettings(seed, count, cores), first,
                ReplicationRunner.Progress.NONE).get(0);
    }

    /** k copies of the country: k times the inflow, the municipalities (each copy its own regions) and the national capacities. */
    static ModelInputs scaled(ModelParameters p, List<Municipality> table, int k) {
        if (k == 1) return new ModelInputs(p, table);
        List<Municipality> copies = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            for (Municipality m : table) {
                copies.add(new Municipality(c * table.size() + m.index(), m.code() + "-" + c, m.name(), m.population(), m.sizeClass(),
                        m.region() + "-" + c, m.housingWaitYears()));
            }
        }
        InflowParameters inflow = new InflowParameters(p.inflow().newcomersPerYear() * k, p.inflow().steadyStateAdmissionsPerNewcomer(), p.inflow().stays());
        CaseManagerParameters cm = p.caseManagers();
        CaseManagerParameters caseManagers = new CaseManagerParameters(cm.fte() * k, cm.caseloadNormPerFte(), cm.intakeDeadlineWorkingDays(),
                cm.intakeMedianWorkingDaysAtNorm(), cm.intakeDelayLogSd(), cm.probabilityPlanShared(), cm.planSharingDelayDays());
        SupportParameters s = p.support();
        SupportParameters support = new SupportParameters(s.probationCapacityCases() * k, s.rioFte() * k, s.rioCaseloadPerFte(),
                s.rioMinimumAgeYears(), s.rioMaximumAgeYears(), s.rioMentoringDays());
        BijdrageregelingParameters b = p.bijdrageregeling();
        BijdrageregelingParameters subsidy = new BijdrageregelingParameters(b.budgetEurosPerYear() * k, b.probabilityAware(),
                b.minimumReturneesPerYearToApply(), b.probabilityMeetsCriteria(), b.probabilityAsksForMore(), b.costPerTrajectoryEuros(),
                b.trajectoryDays(), b.trajectoryRateRatio());
        ModelParameters scaled = new ModelParameters(p.warmupYears(), inflow, p.persons(), p.origin(), p.entryConditions(),
                p.detentionDamage(), caseManagers, p.preparation(), p.release(), p.municipalities(), support, subsidy, p.conditions(),
                p.accommodation(), p.recidivism(), p.redetention(), p.costs(), p.quantities());
        return new ModelInputs(scaled, copies);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }

    private static double peakHeapGb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum / 1e9;
    }
}
