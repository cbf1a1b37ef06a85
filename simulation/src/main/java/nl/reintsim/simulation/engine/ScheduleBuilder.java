package nl.reintsim.simulation.engine;

import java.util.Arrays;
import nl.reintsim.simulation.mechanism.Mechanisms;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.MonthEnded;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.time.SimCalendar;
import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * Puts one repeating entry per {@link Phase} on the schedule, in phase order: read {@link #build} as
 * the model's table of contents. The mechanisms themselves are made and connected by {@link Mechanisms}.
 */
final class ScheduleBuilder {
    private final SimCalendar calendar;
    private final Mechanisms mechanisms;
    private final Population population;
    private final World world;
    private final Observer observer;

    private final double hoursPerCase;

    ScheduleBuilder(SimCalendar calendar, Mechanisms mechanisms, Population population, World world, Observer observer,
                    ModelParameters parameters) {
        this.hoursPerCase = parameters.municipalities().hoursPerCasePerWeek();
        this.calendar = calendar;
        this.mechanisms = mechanisms;
        this.population = population;
        this.world = world;
        this.observer = observer;
    }

    /** Every phase runs daily from {@code firstDay} (0, or the first measured day of a continued replication). */
    void build(Schedule schedule, int firstDay) {
        register(schedule, firstDay, Phase.BUDGET, mechanisms.bijdrageregeling());
        register(schedule, firstDay, Phase.INFLOW, mechanisms.inflow());
        register(schedule, firstDay, Phase.INTAKE, mechanisms.intake());
        register(schedule, firstDay, Phase.NOTIFICATION, mechanisms.coordination());
        register(schedule, firstDay, Phase.SUPPORT, mechanisms.support());
        register(schedule, firstDay, Phase.ACCOMMODATION, mechanisms.accommodation());
        register(schedule, firstDay, Phase.DETENTION_DAMAGE, mechanisms.damage());
        register(schedule, firstDay, Phase.PREPARATION, mechanisms.preparation());
        register(schedule, firstDay, Phase.CONDITION_CHANGE, mechanisms.conditions());
        register(schedule, firstDay, Phase.RELEASE, mechanisms.release());
        register(schedule, firstDay, Phase.RECIDIVISM, mechanisms.recidivism());
        register(schedule, firstDay, Phase.OBSERVATION, state -> {
            mechanisms.monitor().step(state);
            monthEnd(Clock.today(state));
        });
    }

    private void monthEnd(int day) {
        boolean lastDayOfMonth = day + 1 == calendar.totalDays() || calendar.monthIndex(day + 1) != calendar.monthIndex(day);
        if (!lastDayOfMonth) return;
        int coordinators = 0, rio = 0;
        double[] hours = new double[world.size()];
        double[] fundedHours = new double[world.size()];
        for (int m = 0; m < world.size(); m++) {
            var municipality = world.municipality(m);
            coordinators += municipality.coordinators().waiting();
            rio += municipality.rioPlaces().waiting();
            hours[m] = municipality.coordinators().slots() * hoursPerCase;
            fundedHours[m] = municipality.fundedSlots() * hoursPerCase;
        }
        var places = world.housingPlaces();
        observer.on(new MonthEnded(day, calendar.monthIndex(day), population.inDetention(), coordinators, rio,
                world.probation().waiting(), mechanisms.intake().load(day), places.waiting(Housing.SHELTER),
                places.waiting(Housing.INSTITUTION), places.occupied(Housing.SHELTER), places.occupied(Housing.INSTITUTION),
                mechanisms.intake().fte(day), mechanisms.support().rioFte(day), Arrays.stream(hours).boxed().toList(),
                Arrays.stream(fundedHours).boxed().toList()));
    }

    private static void register(Schedule schedule, int firstDay, Phase phase, Steppable mechanism) {
        schedule.scheduleRepeating(Schedule.EPOCH + firstDay, phase.ordinal(), mechanism, 1.0);
    }
}
