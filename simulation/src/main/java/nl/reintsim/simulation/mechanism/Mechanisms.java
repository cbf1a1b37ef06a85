package nl.reintsim.simulation.mechanism;

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
                         Accommodation accommodation) {

    public static Mechanisms create(SimCalendar calendar, ModelParameters p, LeverSchedule levers, RandomStreams streams,
                                    Population population, World world, Observer observer) {
        int days = calendar.totalDays();
        DayQueue releases = new DayQueue(days);
        DayQueue redetentions = new DayQueue(days);

        Detention detention = new Detention(population, world, p, streams, releases, observer);
        Inflow inflow = new Inflow(population, detention, p.inflow(), p.persons(), streams, redetentions);
        MunicipalCoordination coordination = new MunicipalCoordination(population, world, p.municipalities(),
                p.release().probabilityNotifiedAfterSudden(), levers, streams, new DayQueue(days), observer);
        Intake intake = new Intake(population, p.caseManagers(), levers, calendar, streams, new DayQueue(days), coordination);
        Support support = new Support(population, world, p.support(), p.release(), levers, streams, new DayQueue(days), observer);
        Accommodation accommodation = new Accommodation(population, world, levers, observer);
        DetentionDamage damage = new DetentionDamage(population, world, p.detentionDamage(), levers, accommodation, streams, new DayQueue(days), observer);
        Preparation preparation = new Preparation(population, p.preparation(), levers, streams, new DayQueue(days), observer);
        ConditionChange conditions = new ConditionChange(population, world, p.conditions(), p.bijdrageregeling().trajectoryRateRatio(),
                p.accommodation(), accommodation, levers, streams, new DayQueue(days), observer);
        Recidivism recidivism = new Recidivism(population, p.recidivism(), p.redetention(), streams, new DayQueue(days),
                redetentions, observer);
        Monitor monitor = new Monitor(population, calendar.measurementStartDay(), new DayQueue(days), observer);
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
                recidivism, monitor, bijdrageregeling, accommodation);
    }
}
