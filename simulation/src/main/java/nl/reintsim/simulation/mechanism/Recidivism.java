package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.Clock;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.observation.Reoffended;
import nl.reintsim.simulation.parameters.RecidivismParameters;
import nl.reintsim.simulation.parameters.RedetentionParameters;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * New offences after release (ODD 7.8). The hazard decays exponentially with time since release,
 * {@code h(t) = m · a · exp(−bt)}: highest right after release [K25], with a half-life that is an
 * assumption [brief 3c], times the person's multiplier m from age, priors and basic conditions
 * (directions from the 6th monitor [W6]).
 *
 * <p>Rather than testing every person every day, each person carries a unit-exponential "budget" of
 * cumulative hazard and the day it runs out is computed in closed form: the inverse of
 * {@code H(t) = m (a/b)(1 − exp(−bt))}. When the budget exceeds what is left of the finite total,
 * the person never offends again. This is exact for a multiplier that is constant between changes of
 * state, and costs one event per offence instead of one draw per person-day.
 */
public final class Recidivism implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Population population;
    private final RecidivismParameters parameters;
    private final RedetentionParameters redetention;
    private final KeyedRandom offenceRandom;
    private final KeyedRandom redetentionRandom;
    private final DayQueue offences;
    private final DayQueue redetentions;
    private final Observer observer;

    public Recidivism(Population population, RecidivismParameters parameters, RedetentionParameters redetention,
                      RandomStreams streams, DayQueue offences, DayQueue redetentions, Observer observer) {
        this.population = population;
        this.parameters = parameters;
        this.redetention = redetention;
        this.offenceRandom = streams.keyed(RandomPurpose.RECIDIVISM);
        this.redetentionRandom = streams.keyed(RandomPurpose.REDETENTION);
        this.offences = offences;
        this.redetentions = redetentions;
        this.observer = observer;
    }

    /** Called on release: schedules the first offence after it, if it falls within the horizon. */
    void startRisk(Person person, int releaseDay) {
        scheduleNext(person, 0.0);
    }

    @Override public void step(SimState state) {
        onDay(Clock.today(state));
    }

    void onDay(int day) {
        int[] ids = offences.take(day);
        for (int i = 0, n = offences.size(day); i < n; i++) {
            Person person = population.get(ids[i]);
            if (person.isInDetention() || person.nextOffenceDay() != day) continue;
            person.offend();
            int offence = person.offencesSinceRelease();
            boolean detained = redetentionRandom.uniform(person.id(), Occasion.of(person.episode(), 2 * offence))
                    < redetention.probabilityOffenceLeadsToDetention();
            observer.on(new Reoffended(day, person.id(), person.releaseDay(), offence, detained));
            if (detained) {
                double u = redetentionRandom.openUniform(person.id(), Occasion.of(person.episode(), 2 * offence + 1));
                int delay = (int) Math.max(1, Math.ceil(-redetention.meanDaysOffenceToDetention() * Math.log(u)));
                person.awaitDetention();
                redetentions.add(day + delay, person.id());
            } else {
                scheduleNext(person, day - person.releaseDay());
            }
        }
    }

    private void scheduleNext(Person person, double daysSinceReleaseNow) {
        double budget = offenceRandom.unitExponential(person.id(), Occasion.of(person.episode(), person.offencesSinceRelease()));
        double at = daysUntilHazardSpent(daysSinceReleaseNow, budget, multiplier(person, person.releaseDay()));
        if (Double.isInfinite(at)) return;
        int day = person.releaseDay() + (int) Math.max(Math.floor(daysSinceReleaseNow) + 1, Math.ceil(at));
        if (offences.add(day, person.id())) person.scheduleOffence(day);
    }

    /**
     * Time since release at which the cumulative hazard, counted from {@code from}, reaches
     * {@code budget}; infinite when the hazard left is smaller than the budget (no further offence).
     */
    double daysUntilHazardSpent(double from, double budget, double multiplier) {
        double reached = (parameters.cumulativeHazard(from) + budget / multiplier) / parameters.totalHazard();
        if (reached >= 1) return Double.POSITIVE_INFINITY;
        return -Math.log1p(-reached) / parameters.decayPerDay();
    }

    /** The person's hazard ratio against the reference person (age 30, no priors, all conditions met). */
    double multiplier(Person person, int day) {
        double m = Math.pow(parameters.hazardRatioPer10YearsOfAge(), (person.ageYears(day) - 30) / 10);
        m *= Math.pow(parameters.hazardRatioPerPriorOffence(), Math.min(person.priorOffences(), parameters.priorOffencesCap()));
        if (!person.hasValidId()) m *= parameters.hazardRatioNoValidId();
        return m;
    }
}
