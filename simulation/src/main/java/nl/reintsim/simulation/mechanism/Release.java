package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.observation.Released;
import nl.reintsim.simulation.parameters.OriginParameters;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * Release from the PI (ODD 7.6). What was prepared takes effect (a benefit, a place to live), the state
 * of the basic conditions is recorded, probation takes the lead where there is a legal framework and
 * the municipality otherwise, some settle in another municipality, and the person becomes at risk of a
 * new offence.
 */
public final class Release extends DailyMechanism {
    private static final long serialVersionUID = 1L;

    /** Connects release to the mechanisms that act on it; set once when the schedule is built. */
    record Followers(Intake intake, DetentionDamage damage, MunicipalCoordination coordination, Support support,
                     ConditionChange conditions, Recidivism recidivism, Monitor monitor,
                     Bijdrageregeling bijdrageregeling, Accommodation accommodation) { }

    private final Population population;
    private final World world;
    private final OriginParameters origin;
    private final KeyedRandom settleRandom;
    private final DayQueue due;
    private final Observer observer;
    private Followers followers;

    public Release(Population population, World world, OriginParameters origin, RandomStreams streams, DayQueue due,
                   Observer observer) {
        this.population = population;
        this.world = world;
        this.origin = origin;
        this.settleRandom = streams.keyed(RandomPurpose.ORIGIN_MUNICIPALITY);
        this.due = due;
        this.observer = observer;
    }

    void follow(Followers followers) { this.followers = followers; }

    @Override protected void onDay(int day) {
        due.drain(day, population.warmer(0), id -> {
            Person person = population.get(id);
            if (!person.isInDetention() || person.releaseDay() != day) return;
            release(person, day);
        });
    }

    private void release(Person person, int day) {
        int stay = person.daysDetained(day);
        boolean notified = person.isMunicipalityNotified();
        boolean contact = person.hadMunicipalContactInDetention();
        boolean intakeInTime = followers.intake().withinDeadline(person.detentionStartDay(), person.intakeDay());
        if (person.isBenefitReadyAtRelease() && person.income() == Income.NONE) person.startBenefit();
        if (person.isHousingReadyAtRelease() && !person.housing().isRegisteredAddress()) {
            followers.accommodation().move(person, followers.conditions().housingFound(person), day);
        }
        person.clearPreparedAtRelease();
        followers.damage().onRelease(person, day);
        person.release(day);
        population.detentionEnded();
        if (settleRandom.uniform(person.id(), Occasion.of(person.episode(), 2)) < origin.probabilitySettleElsewhere()) {
            person.settleIn(world.drawMunicipality(settleRandom.uniform(person.id(), Occasion.of(person.episode(), 3))));
        }
        followers.support().onRelease(person, day);
        followers.coordination().onRelease(person, day);
        followers.bijdrageregeling().onRelease(person, day);
        observer.on(new Released(day, person.id(), person.episode(), person.detentionType(), stay, person.ageYears(day),
                person.municipality(), person.conditions(day), intakeInTime, notified, contact, person.isSuddenRelease(),
                person.hasProbationFramework(), person.hasRio(day), person.hadWorkAtEpisodeStart(), person.isMale()));
        followers.monitor().onRelease(person, day, stay);
        followers.conditions().reschedule(person, day);
        followers.recidivism().startRisk(person, day);
    }
}
