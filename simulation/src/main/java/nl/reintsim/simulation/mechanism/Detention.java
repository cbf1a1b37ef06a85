package nl.reintsim.simulation.mechanism;

import java.util.Map;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.InflowParameters;
import nl.reintsim.simulation.parameters.PreparationParameters;
import nl.reintsim.simulation.parameters.StayParameters;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * Starting a detention episode (ODD 7.1): its legal ground, its length (lognormal per type, fitted to
 * the stay-length figures of [DJI, K25, K26]) and the basic conditions the person brings in. Schedules
 * the release and, when an ID is missing, the day an ID applied for on entry would be ready.
 */
public final class Detention {
    private final Population population;
    private final InflowParameters inflow;
    private final PreparationParameters preparation;
    private final KeyedRandom stayRandom;
    private final KeyedRandom conditionsRandom;
    private final DayQueue releases;
    private final DayQueue preparations;
    private final Observer observer;
    private final DetentionType[] types = DetentionType.values();
    private final double[] cumulativeShare;

    public Detention(Population population, InflowParameters inflow, PreparationParameters preparation,
                     RandomStreams streams, DayQueue releases, DayQueue preparations, Observer observer) {
        this.population = population;
        this.inflow = inflow;
        this.preparation = preparation;
        this.stayRandom = streams.keyed(RandomPurpose.STAY_LENGTH);
        this.conditionsRandom = streams.keyed(RandomPurpose.CONDITIONS_AT_ENTRY);
        this.releases = releases;
        this.preparations = preparations;
        this.observer = observer;
        this.cumulativeShare = new double[types.length];
        double sum = 0;
        for (int i = 0; i < types.length; i++) {
            sum += inflow.stays().get(types[i]).share();
            cumulativeShare[i] = sum;
        }
    }

    public void admit(Person person, int day) {
        int previousRelease = person.episode() == 0 ? -1 : person.releaseDay();
        int episode = person.episode() + 1;
        DetentionType type = drawType(stayRandom.uniform(person.id(), Occasion.of(episode, 0)));
        int stay = stayDays(inflow.stays().get(type), stayRandom.standardNormal(person.id(), Occasion.of(episode, 1)));
        boolean validId = conditionsRandom.uniform(person.id(), Occasion.of(episode, 0)) >= preparation.probabilityNoValidIdAtEntry();
        int releaseDay = day + stay;
        person.detain(day, type, releaseDay, validId);
        population.detentionStarted();
        releases.add(releaseDay, person.id());
        int idReady = day + (int) Math.ceil(preparation.idProcessingDays());
        if (!validId && idReady < releaseDay) preparations.add(idReady, person.id());
        observer.on(new Detained(day, person.id(), episode, type, stay, previousRelease));
    }

    DetentionType drawType(double u) {
        for (int i = 0; i < types.length - 1; i++) {
            if (u < cumulativeShare[i]) return types[i];
        }
        return types[types.length - 1];
    }

    /** Stay in whole days, at least one. */
    static int stayDays(StayParameters stay, double standardNormal) {
        double days = stay.medianStayDays() * Math.exp(stay.stayLogSd() * standardNormal);
        return (int) Math.max(1, Math.round(Math.min(days, 365.25 * 60)));
    }

    Map<DetentionType, StayParameters> stays() { return inflow.stays(); }
}
