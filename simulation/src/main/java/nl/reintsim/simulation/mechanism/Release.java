package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.Clock;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.observation.Released;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Release from the PI (ODD 7.6): the stay ends, the state of the basic conditions is recorded, and
 * the person becomes at risk of a new offence.
 */
public final class Release implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Population population;
    private final DayQueue due;
    private final Recidivism recidivism;
    private final Observer observer;

    public Release(Population population, DayQueue due, Recidivism recidivism, Observer observer) {
        this.population = population;
        this.due = due;
        this.recidivism = recidivism;
        this.observer = observer;
    }

    @Override public void step(SimState state) {
        onDay(Clock.today(state));
    }

    void onDay(int day) {
        int[] ids = due.take(day);
        for (int i = 0, n = due.size(day); i < n; i++) {
            Person person = population.get(ids[i]);
            if (!person.isInDetention() || person.releaseDay() != day) continue;
            int stay = day - person.detentionStartDay();
            person.release(day);
            population.detentionEnded();
            observer.on(new Released(day, person.id(), person.episode(), person.detentionType(), stay,
                    person.ageYears(day), person.hasValidId()));
            recidivism.startRisk(person, day);
        }
    }
}
