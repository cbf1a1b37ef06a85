package nl.reintsim.simulation.engine;

import nl.reintsim.simulation.mechanism.Detention;
import nl.reintsim.simulation.mechanism.Inflow;
import nl.reintsim.simulation.mechanism.Preparation;
import nl.reintsim.simulation.mechanism.Recidivism;
import nl.reintsim.simulation.mechanism.Release;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.observation.MonthEnded;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.time.SimCalendar;
import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * Wires the mechanisms together and puts one repeating entry per {@link Phase} on the schedule, in
 * phase order: read {@link #build} as the model's table of contents.
 */
final class ScheduleBuilder {
    private final SimCalendar calendar;
    private final ModelParameters parameters;
    private final LeverSchedule levers;
    private final RandomStreams streams;
    private final Population population;
    private final Observer observer;

    ScheduleBuilder(SimCalendar calendar, ModelParameters parameters, LeverSchedule levers, RandomStreams streams,
                    Population population, Observer observer) {
        this.calendar = calendar;
        this.parameters = parameters;
        this.levers = levers;
        this.streams = streams;
        this.population = population;
        this.observer = observer;
    }

    void build(Schedule schedule) {
        int days = calendar.totalDays();
        DayQueue releases = new DayQueue(days);
        DayQueue preparations = new DayQueue(days);
        DayQueue offences = new DayQueue(days);
        DayQueue redetentions = new DayQueue(days);

        Detention detention = new Detention(population, parameters.inflow(), parameters.preparation(), streams,
                releases, preparations, observer);
        Recidivism recidivism = new Recidivism(population, parameters.recidivism(), parameters.redetention(), streams,
                offences, redetentions, observer);

        register(schedule, Phase.INFLOW, new Inflow(population, detention, parameters.inflow().newcomersPerYear(),
                parameters.persons(), streams, redetentions));
        register(schedule, Phase.PREPARATION, new Preparation(population, parameters.preparation(), levers, streams, preparations));
        register(schedule, Phase.RELEASE, new Release(population, releases, recidivism, observer));
        register(schedule, Phase.RECIDIVISM, recidivism);
        register(schedule, Phase.OBSERVATION, monthEnd());
    }

    private Steppable monthEnd() {
        return state -> {
            int day = Clock.today(state);
            boolean lastDayOfMonth = day + 1 == calendar.totalDays() || calendar.monthIndex(day + 1) != calendar.monthIndex(day);
            if (lastDayOfMonth) observer.on(new MonthEnded(day, calendar.monthIndex(day), population.inDetention()));
        };
    }

    private static void register(Schedule schedule, Phase phase, Steppable mechanism) {
        schedule.scheduleRepeating(Schedule.EPOCH, phase.ordinal(), mechanism, 1.0);
    }
}
