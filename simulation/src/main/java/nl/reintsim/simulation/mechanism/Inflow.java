package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.parameters.InflowParameters;
import nl.reintsim.simulation.parameters.PersonParameters;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Arrivals in detention (ODD 7.1): newcomers as a Poisson process, and people whose new offence led
 * to a new detention; on the first day also the people the prison already holds ({@link PrisonAtStart}).
 * Newcomers are drawn from the ARRIVAL stream, which no policy touches, so
 * replication <i>i</i> has the same newcomers with the same ids in every scenario.
 */
public final class Inflow extends DailyMechanism {
    private static final long serialVersionUID = 1L;

    private final Population population;
    private final Detention detention;
    private final PersonParameters persons;
    private final PoissonDistribution newcomersPerDay;
    private final KeyedRandom attributes;
    private final DayQueue redetentions;
    private final PrisonAtStart prisonAtStart;

    public Inflow(Population population, Detention detention, InflowParameters inflow, PersonParameters persons,
                  RandomStreams streams, DayQueue redetentions) {
        this.population = population;
        this.detention = detention;
        this.persons = persons;
        this.prisonAtStart = new PrisonAtStart(inflow, detention, streams);
        this.newcomersPerDay = new PoissonDistribution(streams.stream(RandomPurpose.ARRIVAL), inflow.newcomersPerYear() / 365.25,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        this.attributes = streams.keyed(RandomPurpose.PERSON_ATTRIBUTES);
        this.redetentions = redetentions;
    }

    @Override protected void onDay(int day) {
        if (day == 0) prisonAtStart.admitAll(day, d -> newcomer(population.size(), d));
        redetentions.drain(day, population.warmer(0), id -> {
            Person person = population.get(id);
            if (person.isAwaitingDetention()) detention.admit(person, day);
        });
        int newcomers = newcomersPerDay.sample();
        for (int i = 0; i < newcomers; i++) {
            detention.admit(newcomer(population.size(), day), day);
        }
    }

    private Person newcomer(int id, int day) {
        double age = persons.meanAgeYears() + persons.sdAgeYears() * attributes.standardNormal(id, 0);
        age = Math.min(persons.maximumAgeYears(), Math.max(persons.minimumAgeYears(), age));
        return population.add(age, day, priorOffences(persons.meanPriorOffences(), attributes.openUniform(id, 1)),
                attributes.uniform(id, 2) < persons.probabilityMale());
    }

    /** Geometric number of earlier convictions with the given mean, by inversion. */
    static int priorOffences(double mean, double u) {
        if (mean <= 0) return 0;
        double failure = mean / (1 + mean);
        return (int) Math.floor(Math.log(u) / Math.log(failure));
    }
}
