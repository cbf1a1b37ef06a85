package nl.reintsim.simulation.mechanism;

import java.util.ArrayList;
import java.util.List;
import nl.reintsim.simulation.capacity.Capacity;
import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.engine.EventKey;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.MunicipalityProfile;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.observation.SupportStarted;
import nl.reintsim.simulation.parameters.ReleaseParameters;
import nl.reintsim.simulation.parameters.SupportParameters;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.policy.RioExpansion;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * Re-integration officers and probation (ODD 7.9, capacities). A RIO mentors eligible young adults of
 * municipalities that have RIO places, from day one of detention [K26]. Probation (3RO) supervises those
 * with a legal framework after release. Both have finite places; who finds them full waits, first come
 * first served, and the waits are reported.
 */
public final class Support extends DailyMechanism {
    private static final long serialVersionUID = 1L;
    static final int RIO_END = 0;
    static final int PROBATION_END = 1;
    static final int RIO_GIVE_UP = 2;
    static final int PROBATION_GIVE_UP = 3;

    private final Population population;
    private final World world;
    private final SupportParameters parameters;
    private final ReleaseParameters release;
    private final KeyedRandom random;
    private final DayQueue due;
    private final Observer observer;
    private final LeverSchedule levers;
    private ConditionChange conditions;
    private Recidivism recidivism;

    public Support(Population population, World world, SupportParameters parameters, ReleaseParameters release,
                   LeverSchedule levers, RandomStreams streams, DayQueue due, Observer observer) {
        this.levers = levers;
        this.population = population;
        this.world = world;
        this.parameters = parameters;
        this.release = release;
        this.random = streams.keyed(RandomPurpose.RELEASE);
        this.due = due;
        this.observer = observer;
    }

    public void wire(ConditionChange conditions, Recidivism recidivism) {
        this.conditions = conditions;
        this.recidivism = recidivism;
    }

    /** RIO FTE in post on this day: the parameter file's, or the lever's from its date. */
    public double rioFte(int day) {
        RioExpansion lever = levers.rio(day);
        return lever == null ? parameters.rioFte() : lever.fte();
    }

    boolean isEligibleForRio(Person person, int day) {
        double age = person.ageYears(day);
        RioExpansion lever = levers.rio(day);
        return lever == null ? age >= parameters.rioMinimumAgeYears() && age <= parameters.rioMaximumAgeYears()
                : age >= lever.minimumAgeYears() && age <= lever.maximumAgeYears();
    }

    /**
     * The RIO lever's first day: places re-allocated by its rule; whoever waits where places were added
     * is taken on. Nobody loses a RIO they have.
     */
    private void reallocateRio(int day) {
        RioExpansion lever = levers.rio(day);
        List<Municipality> table = new ArrayList<>();
        double[] weights = new double[world.size()];
        for (int m = 0; m < world.size(); m++) {
            table.add(world.municipality(m).municipality());
            weights[m] = world.municipality(m).releaseWeight();
        }
        int[] slots = MunicipalitySetup.rioSlots(table, weights, lever.places(), lever.allocation());
        for (int m = 0; m < world.size(); m++) {
            Capacity places = world.municipality(m).rioPlaces();
            places.setSlots(slots[m]);
            for (Capacity.Waiting next = places.admitWaiting(); next != null; next = places.admitWaiting()) {
                Person waiting = population.get(next.personId());
                if (waiting.isInDetention() && isEligibleForRio(waiting, day) && !waiting.hasRio(day)) {
                    startRio(waiting, m, day, day - next.sinceDay());
                } else {
                    places.release();
                }
            }
        }
    }

    /** A new detention ends probation supervision and may start RIO mentoring. */
    void onAdmission(Person person, int day) {
        if (person.isSupervisedByProbation(day)) endProbation(person, day);
        else world.probation().withdraw(person.id());
        if (person.hasRio(day) || !isEligibleForRio(person, day)) return;
        Capacity places = world.municipality(person.municipality()).rioPlaces();
        if (places.request(person.id(), day)) {
            startRio(person, person.municipality(), day, 0);
        } else if (places.slots() > 0) {
            // RIO mentoring starts in detention [K26]: whoever is still waiting at release gives up
            due.add(Math.max(day + 1, person.releaseDay()), EventKey.of(person.id(), person.episode(), RIO_GIVE_UP));
        }
    }

    /** At release: a legal framework or not, and supervision if there is a place. */
    void onRelease(Person person, int day) {
        if (random.uniform(person.id(), Occasion.of(person.episode(), 1)) >= release.probabilityProbation().get(person.detentionType())) {
            return;
        }
        person.giveProbationFramework();
        if (world.probation().request(person.id(), day)) {
            startProbation(person, day, 0);
        } else {
            due.add(day + (int) release.probationSupervisionDays(), EventKey.of(person.id(), person.episode(), PROBATION_GIVE_UP));
        }
    }

    private void startRio(Person person, int municipality, int day, int waited) {
        int until = day + (int) parameters.rioMentoringDays();
        person.startRio(municipality, until);
        due.add(until, EventKey.of(person.id(), 0, RIO_END));
        observer.on(new SupportStarted(day, person.id(), SupportStarted.Kind.RIO, person.municipality(), waited));
        changed(person, day);
    }

    private void startProbation(Person person, int day, int waited) {
        int until = day + (int) release.probationSupervisionDays();
        person.startProbation(until);
        due.add(until, EventKey.of(person.id(), 0, PROBATION_END));
        observer.on(new SupportStarted(day, person.id(), SupportStarted.Kind.PROBATION, person.municipality(), waited));
        changed(person, day);
    }

    @Override protected void onDay(int day) {
        if (day == levers.rioFrom()) reallocateRio(day);
        due.drain(day, population.warmer(EventKey.PERSON_SHIFT), key -> {
            Person person = population.get(EventKey.person(key));
            switch (EventKey.kind(key)) {
                case RIO_END -> { if (person.rioUntil() == day) endRio(person, day); }
                case PROBATION_END -> { if (person.probationUntil() == day) endProbation(person, day); }
                case RIO_GIVE_UP -> world.municipality(person.municipality()).rioPlaces().withdraw(person.id());
                case PROBATION_GIVE_UP -> world.probation().withdraw(person.id());
                default -> throw new IllegalStateException("unknown support event");
            }
        });
    }

    private void endRio(Person person, int day) {
        MunicipalityProfile municipality = world.municipality(person.rioMunicipality());
        person.endRio();
        changed(person, day);
        for (Capacity.Waiting next = municipality.rioPlaces().free(); next != null; next = municipality.rioPlaces().free()) {
            Person waiting = population.get(next.personId());
            if (isEligibleForRio(waiting, day) && !waiting.hasRio(day)) {
                startRio(waiting, municipality.municipality().index(), day, day - next.sinceDay());
                return;
            }
        }
    }

    private void endProbation(Person person, int day) {
        person.endProbation();
        changed(person, day);
        for (Capacity.Waiting next = world.probation().free(); next != null; next = world.probation().free()) {
            Person waiting = population.get(next.personId());
            if (!waiting.isInDetention() && waiting.hasProbationFramework()
                    && day - waiting.releaseDay() < release.probationSupervisionDays()) {
                startProbation(waiting, day, day - next.sinceDay());
                return;
            }
        }
    }

    private void changed(Person person, int day) {
        if (conditions != null) conditions.reschedule(person, day);
        if (recidivism != null) recidivism.reassess(person, day);
    }
}
