package nl.reintsim.simulation.engine;

import nl.reintsim.simulation.mechanism.Mechanisms;
import nl.reintsim.simulation.mechanism.MunicipalitySetup;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.scenario.Scenario;
import nl.reintsim.simulation.time.SimCalendar;
import sim.engine.SimState;

/**
 * One replication of the reintegration model: a MASON {@link SimState} whose time unit is one day.
 *
 * <p><b>Design.</b> The schedule holds one repeating entry per {@link Phase}, each with its own
 * ordering, so a day runs the mechanisms in a fixed, documented order and MASON's tie shuffle (which
 * would consume {@code state.random}) never happens. Per-person events (a release date, the day an
 * offence falls) are not schedule entries but sit in a {@link DayQueue} owned by the phase that handles
 * them: a day touches only the people something happens to, which is what makes a national
 * ten-year replication cheap.
 *
 * <p><b>Randomness.</b> Every draw comes from {@link RandomStreams}, by purpose; most are keyed by
 * (person, episode, draw), so a policy that changes one person's path leaves everybody else's draws
 * as they were. {@code state.random} is seeded but never read.
 *
 * <p><b>Isolation.</b> The simulation writes nothing and knows nothing of its runner: it reports
 * events to its {@link Observer}, and {@link ReplicationRunner} drives it.
 */
public final class ReintegrationSimulation extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final transient ModelInputs inputs;
    private final transient RandomStreams streams;
    private final transient Observer observer;
    private final transient SimCalendar calendar;
    private final transient Population population = new Population();
    private transient World world;
    private transient Mechanisms mechanisms;
    /** The warmed-up replication this one continues, or null for one that runs its own warm-up. */
    private final transient ReintegrationSimulation continued;
    /** Days run so far. */
    private transient int daysRun;

    public ReintegrationSimulation(Scenario scenario, ModelInputs inputs, RandomStreams streams, Observer observer) {
        this(scenario, inputs, streams, observer, null);
    }

    private ReintegrationSimulation(Scenario scenario, ModelInputs inputs, RandomStreams streams, Observer observer,
                                    ReintegrationSimulation continued) {
        super(streams.masterSeed() ^ streams.replication());
        this.scenario = scenario;
        this.inputs = inputs;
        this.streams = streams;
        this.observer = observer;
        this.calendar = calendarOf(scenario, inputs.parameters());
        this.continued = continued;
    }

    /**
     * A replication of {@code scenario} that starts where {@code warmedUp} ended its warm-up ({@link #runWarmUp})
     * and runs the measured years: event for event what a replication of {@code scenario} with the same inputs and
     * streams would do after its own warm-up (SharedWarmUpTest checks this for every shipped scenario). That holds
     * when the two scenarios share the warm-up ({@link #sharesWarmUp}); {@code warmedUp} is only read, so any
     * number of scenarios can continue it, one after the other. The observer sees the measured years only.
     */
    public static ReintegrationSimulation continuing(ReintegrationSimulation warmedUp, Scenario scenario, Observer observer) {
        if (!warmedUp.hasRunOnlyItsWarmUp()) {
            throw new IllegalStateException("only a replication that has run its own warm-up, and no further, can be continued");
        }
        if (!sharesWarmUp(warmedUp.scenario, scenario)) {
            throw new IllegalArgumentException("scenario " + scenario.name() + " does not share the warm-up of " + warmedUp.scenario.name());
        }
        return new ReintegrationSimulation(scenario, warmedUp.inputs, warmedUp.streams.continuation(), observer, warmedUp);
    }

    /**
     * Whether replications of the two scenarios (with the same inputs and streams) go through the same warm-up,
     * event for event: the same calendar, and no lever of either in force before measurement starts (levers are
     * the only thing in which scenarios differ, and mechanisms ask for them by day).
     */
    public static boolean sharesWarmUp(Scenario a, Scenario b) {
        return a.start().equals(b.start()) && a.horizonYears() == b.horizonYears()
                && leversWaitForStart(a) && leversWaitForStart(b);
    }

    private static boolean leversWaitForStart(Scenario scenario) {
        return scenario.levers().active().stream().noneMatch(lever -> lever.from().isBefore(scenario.start()));
    }

    public static SimCalendar calendarOf(Scenario scenario, ModelParameters parameters) {
        return new SimCalendar(scenario.start(), parameters.warmupYears(), scenario.horizonYears());
    }

    @Override public void start() {
        super.start();
        world = MunicipalitySetup.build(inputs.municipalities(), inputs.parameters(), streams);
        mechanisms = Mechanisms.create(calendar, inputs.parameters(), new LeverSchedule(scenario.levers(), calendar),
                streams, population, world, observer);
        if (continued != null) {
            world.copyStateFrom(continued.world);
            population.copyFrom(continued.population);
            mechanisms.copyStateFrom(continued.mechanisms);
            daysRun = continued.daysRun;
        }
        new ScheduleBuilder(calendar, mechanisms, population, world, observer, inputs.parameters()).build(schedule, daysRun);
    }

    /** Runs every day of warm-up and horizon (of a continuation: every day of the horizon). */
    public void runToEnd() {
        start();
        runUntil(calendar.totalDays());
        finish();
    }

    /** Starts the replication and runs the days of the warm-up, to be continued by {@link #continuing}. */
    public void runWarmUp() {
        if (continued != null) throw new IllegalStateException("a continuation has no warm-up of its own");
        start();
        runUntil(calendar.measurementStartDay());
    }

    /**
     * Runs the measured years of a replication that has run its own warm-up ({@link #runWarmUp}) and no further,
     * and ends it: the two together are {@link #runToEnd}, event for event. For timing the two parts apart.
     */
    public void runMeasuredYears() {
        if (!hasRunOnlyItsWarmUp()) {
            throw new IllegalStateException("only a replication that has run its own warm-up, and no further, can run its measured years");
        }
        runUntil(calendar.totalDays());
        finish();
    }

    /** Ran {@link #runWarmUp} and nothing since: what both continuing it and running its measured years need. */
    private boolean hasRunOnlyItsWarmUp() {
        return continued == null && daysRun == calendar.measurementStartDay();
    }

    private void runUntil(int end) {
        for (; daysRun < end; daysRun++) {
            if (!schedule.step(this)) throw new IllegalStateException("schedule ran dry on day " + daysRun);
        }
    }

    public SimCalendar calendar() { return calendar; }
    public Population population() { return population; }
    /** The institutions of this replication, once started. */
    public World world() { return world; }
}
