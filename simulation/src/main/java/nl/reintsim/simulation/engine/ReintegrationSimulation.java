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

    public ReintegrationSimulation(Scenario scenario, ModelInputs inputs, RandomStreams streams, Observer observer) {
        super(streams.masterSeed() ^ streams.replication());
        this.scenario = scenario;
        this.inputs = inputs;
        this.streams = streams;
        this.observer = observer;
        this.calendar = calendarOf(scenario, inputs.parameters());
    }

    public static SimCalendar calendarOf(Scenario scenario, ModelParameters parameters) {
        return new SimCalendar(scenario.start(), parameters.warmupYears(), scenario.horizonYears());
    }

    @Override public void start() {
        super.start();
        world = MunicipalitySetup.build(inputs.municipalities(), inputs.parameters(), streams);
        Mechanisms mechanisms = Mechanisms.create(calendar, inputs.parameters(), new LeverSchedule(scenario.levers(), calendar),
                streams, population, world, observer);
        new ScheduleBuilder(calendar, mechanisms, population, world, observer, inputs.parameters()).build(schedule);
    }

    /** Runs every day of warm-up and horizon. */
    public void runToEnd() {
        start();
        for (int day = 0; day < calendar.totalDays(); day++) {
            if (!schedule.step(this)) throw new IllegalStateException("schedule ran dry on day " + day);
        }
        finish();
    }

    public SimCalendar calendar() { return calendar; }
    public Population population() { return population; }
    /** The institutions of this replication, once started. */
    public World world() { return world; }
}
