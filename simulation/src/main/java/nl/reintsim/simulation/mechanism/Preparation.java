package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.observation.ConditionChanged;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.PreparationParameters;
import nl.reintsim.simulation.policy.IdInDetention;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * The PI's own route to an ID (ODD 7.5): since September 2023 detainees can apply for an ID card in
 * detention more easily [K25, K26]. A missing ID is arranged with some probability once the stay has
 * lasted long enough for a card to be made, whether or not the municipality is involved (its own help
 * runs through {@link ConditionChange}). The ID-in-detention lever raises the probability from its date.
 */
public final class Preparation extends DailyMechanism {
    private static final long serialVersionUID = 1L;

    private final Population population;
    private final PreparationParameters parameters;
    private final LeverSchedule levers;
    private final KeyedRandom random;
    private final Observer observer;
    private final DayQueue due;
    private ConditionChange conditions;

    public Preparation(Population population, PreparationParameters parameters, LeverSchedule levers,
                       RandomStreams streams, DayQueue due, Observer observer) {
        this.observer = observer;
        this.population = population;
        this.parameters = parameters;
        this.levers = levers;
        this.random = streams.keyed(RandomPurpose.PREPARATION);
        this.due = due;
    }

    public void setConditionChange(ConditionChange conditions) { this.conditions = conditions; }

    /** Schedules the day an ID applied for on entry would be ready, if the stay lasts that long. */
    void onAdmission(Person person, int day) {
        int ready = day + (int) Math.ceil(parameters.idProcessingDays());
        if (!person.hasValidId() && ready < person.releaseDay()) due.add(ready, person.id());
    }

    @Override protected void onDay(int day) {
        due.drain(day, population.warmer(0), id -> {
            Person person = population.get(id);
            if (person.isInDetention() && !person.hasValidId()
                    && day - person.detentionStartDay() == (int) Math.ceil(parameters.idProcessingDays())
                    && random.uniform(person.id(), Occasion.of(person.episode(), 0)) < probabilityIdArranged(day)) {
                person.obtainValidId();
                observer.on(new ConditionChanged(day, person.id(), ConditionKind.ARRANGE_ID, -1, true));
                if (conditions != null) conditions.reschedule(person, day);
            }
        });
    }

    double probabilityIdArranged(int day) {
        IdInDetention lever = levers.idInDetention(day);
        return lever == null ? parameters.probabilityIdArrangedInDetention() : lever.probabilityIdArranged();
    }
}
