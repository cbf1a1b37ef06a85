package nl.reintsim.simulation.mechanism;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.observation.ModelEvent;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.InflowParameters;
import nl.reintsim.simulation.parameters.PreparationParameters;
import nl.reintsim.simulation.parameters.RecidivismParameters;
import nl.reintsim.simulation.parameters.RedetentionParameters;
import nl.reintsim.simulation.parameters.StayParameters;
import nl.reintsim.simulation.random.RandomStreams;

/** A tiny hand-built world for mechanism tests: explicit parameters, recorded events. */
final class Fixture {
    static final int DAYS = 5000;

    final Population population = new Population();
    final RandomStreams streams = RandomStreams.forReplication(12345, 0);
    final List<ModelEvent> events = new ArrayList<>();
    final Observer observer = events::add;
    final DayQueue releases = new DayQueue(DAYS);
    final DayQueue preparations = new DayQueue(DAYS);
    final DayQueue offences = new DayQueue(DAYS);
    final DayQueue redetentions = new DayQueue(DAYS);

    static InflowParameters inflow(double newcomersPerYear) {
        Map<DetentionType, StayParameters> stays = new EnumMap<>(DetentionType.class);
        stays.put(DetentionType.PRE_TRIAL, new StayParameters(0.4, 20, 1.2));
        stays.put(DetentionType.SHORT_SENTENCE, new StayParameters(0.3, 35, 0.9));
        stays.put(DetentionType.LONG_SENTENCE, new StayParameters(0.1, 400, 0.8));
        stays.put(DetentionType.SUBSTITUTE_CUSTODY, new StayParameters(0.2, 10, 0.8));
        return new InflowParameters(newcomersPerYear, stays);
    }

    static PreparationParameters preparation(double noIdAtEntry, double arranged) {
        return new PreparationParameters(noIdAtEntry, arranged, 14);
    }

    static RecidivismParameters recidivism() {
        return new RecidivismParameters(0.0013, 365, 0.75, 1.08, 10, 1.3);
    }

    static RedetentionParameters redetention(double probability) {
        return new RedetentionParameters(probability, 30);
    }

    /** A person in detention since day 0, to be released on {@code releaseDay}. */
    Person detained(double age, int priors, int releaseDay, boolean validId) {
        Person person = population.add(age, 0, priors);
        person.detain(0, DetentionType.SHORT_SENTENCE, releaseDay, validId);
        population.detentionStarted();
        releases.add(releaseDay, person.id());
        return person;
    }

    <E extends ModelEvent> List<E> events(Class<E> type) {
        List<E> found = new ArrayList<>();
        for (ModelEvent e : events) if (type.isInstance(e)) found.add(type.cast(e));
        return found;
    }
}
