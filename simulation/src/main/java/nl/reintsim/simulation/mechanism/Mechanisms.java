package nl.reintsim.simulation.mechanism;

import java.util.ArrayList;
import java.util.List;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * All mechanisms of one replication, made and connected: each owns the day queue of the events it
 * handles, and tells the others what follows from what it did (an admission starts an intake, a found
 * home re-times the next offence).
 */
public record Mechanisms(Inflow inflow, Detention detention, Intake intake, MunicipalCoordination coordination, Support support,
                         DetentionDamage damage, Preparation preparation, ConditionChange conditions, Release release,
                         Recidivism recidivism, Monitor monitor, Bijdrageregeling bijdrageregeling,
                         Accommodation accommodation, List<DayQueue> queues) {

    public static Mechanisms create(SimCalendar calendar, ModelParameters p, LeverSchedule levers, RandomStreams streams,
                                    Population population, World world, Observer observer) {
        List<DayQueue> queues = new ArrayList<>();
        java.util.function.Supplier<DayQueue> queue = () -> {
            DayQueue made = new DayQueue(calendar.totalDays());
            queues.add(made);
            return made;
        };
        DayQueue releases = queue.get();
        DayQueue redetentions = queue.get();

        Detention detention = new Detention(population, world, p, streams, releases, observer);
        Inflow inflow = new Inflow(population, detention, p.inflow(), p.persons(), streams, redetentions);
        MunicipalCoordination coordination = new MunicipalCoordination(population, world, p.municipalities(),
                p.release().probabilityNotifiedAfterSudden(), levers, streams, queue.get(), observer);
        Intake intake = new Intake(population, p.caseManagers(), levers, calendar, streams, queue.get(), coordination);
        Support support = new Support(population, world, p.support(), p.release(), levers, streams, queue.get(), observer);
        Accommodation accommodation = new Accommodation(population, world, levers, observer);
        DetentionDamage damage = new DetentionDamage(population, world, p.detentionDamage(), levers, accommodation, streams, queue.get(), observer);
        Preparation preparation = new Preparation(population, p.preparation(), levers, streams, queue.get(), observer);
        ConditionChange conditions = new ConditionChange(population, world, p.conditions(), p.bijdrageregeling().trajectoryRateRatio(),
                p.accommodation(), accommodation, levers, streams, queue.get(), observer);
        Recidivism recidivism = new Recidivism(population, p.recidivism(), p.redetention(), streams, queue.get(),
                redetentions, observer);
        Monitor monitor = new Monitor(population, calendar.measurementStartDay(), queue.get(), observer);
        Release release = new Release(population, world, p.origin(), streams, releases, observer);
        Bijdrageregeling bijdrageregeling = new Bijdrageregeling(world, p.bijdrageregeling(), levers, calendar, streams, observer);

        coordination.setConditionChange(conditions);
        damage.setConditionChange(conditions);
        preparation.setConditionChange(conditions);
        conditions.setRecidivism(recidivism);
        support.wire(conditions, recidivism);
        accommodation.wire(conditions, recidivism);
        detention.follow(new Detention.Followers(intake, damage, coordination, support, preparation, conditions, monitor, accommodation));
        release.follow(new Release.Followers(intake, damage, coordination, support, conditions, recidivism, monitor,
                bijdrageregeling, accommodation));
        return new Mechanisms(inflow, detention, intake, coordination, support, damage, preparation, conditions, release,
                recidivism, monitor, bijdrageregeling, accommodation, List.copyOf(queues));
    }

    /**
     * Takes over the state of {@code other}'s mechanisms: made by {@link #create} for the same calendar,
     * they hold their queues in the same order. Their levers are not taken over: these mechanisms keep their own.
     */
    public void copyStateFrom(Mechanisms other) {
        if (other.queues.size() != queues.size()) throw new IllegalArgumentException("mechanisms with different queues");
        for (int i = 0; i < queues.size(); i++) queues.get(i).copyFrom(other.queues.get(i));
        bijdrageregeling.copyStateFrom(other.bijdrageregeling);
    }
}
