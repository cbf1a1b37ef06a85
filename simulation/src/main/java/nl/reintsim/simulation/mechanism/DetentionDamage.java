package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.engine.EventKey;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.MunicipalityProfile;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.observation.RentContinued;
import nl.reintsim.simulation.parameters.DetentionDamageParameters;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.policy.RentContinuation;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * What detention breaks (ODD 7.4). A rented home is lost the longer the stay, unless someone keeps
 * paying: a partner, a house-sitter, special assistance, or a municipality that continues rent during
 * short detention (not all do [K26]). A job is lost unless the stay is short. A benefit stops unless the
 * municipality freezes it. Premiums go unpaid, so health-insurance arrears grow with the stay.
 * Losses are decided on admission and happen on their day if the person is still inside.
 */
public final class DetentionDamage extends DailyMechanism {
    private static final long serialVersionUID = 1L;
    static final int HOME = 0;
    static final int JOB = 1;
    static final int BENEFIT = 2;
    /** Rent continuation covers short detention: up to three months [K26]. */
    static final int SHORT_DETENTION_DAYS = 91;

    private final Population population;
    private final World world;
    private final DetentionDamageParameters parameters;
    private final LeverSchedule levers;
    private final KeyedRandom random;
    private final DayQueue due;
    private ConditionChange conditions;
    private final Accommodation accommodation;
    private final Observer observer;

    public DetentionDamage(Population population, World world, DetentionDamageParameters parameters, LeverSchedule levers,
                           Accommodation accommodation, RandomStreams streams, DayQueue due, Observer observer) {
        this.observer = observer;
        this.accommodation = accommodation;
        this.population = population;
        this.world = world;
        this.parameters = parameters;
        this.levers = levers;
        this.random = streams.keyed(RandomPurpose.DETENTION_DAMAGE);
        this.due = due;
    }

    public void setConditionChange(ConditionChange conditions) { this.conditions = conditions; }

    /**
     * Decides on admission what will be lost, and when. For someone the prison held when the run began, the
     * clocks run from the true start of the detention: a loss that falls before the run happens on its first day.
     */
    void onAdmission(Person person, int day) {
        int stay = person.plannedStayDays();
        int start = day - person.daysDetainedBeforeRun();
        int episode = person.episode();
        MunicipalityProfile municipality = world.municipality(person.municipality());
        Housing housing = person.housing();
        if (housing == Housing.OWN || housing == Housing.WITH_OTHERS) {
            boolean paid = random.uniform(person.id(), Occasion.of(episode, 0)) < parameters.probabilityRentPaidByOthers();
            boolean continued = housing == Housing.OWN && stay <= SHORT_DETENTION_DAYS && continuesRent(municipality, day);
            if (continued && !paid) observer.on(new RentContinued(day, person.id(), person.municipality(), stay));
            if (!paid && !continued) {
                double mean = housing == Housing.OWN ? parameters.meanDaysToLoseOwnHome() : parameters.meanDaysToLoseHomeWithOthers();
                scheduleLoss(person, day, start, mean, Occasion.of(episode, 1), HOME);
            }
        }
        if (person.income() == Income.WORK) scheduleLoss(person, day, start, parameters.meanDaysJobKept(), Occasion.of(episode, 2), JOB);
        if (person.income() == Income.BENEFIT && !municipality.freezesBenefit()) {
            int at = Math.max(day, start + (int) parameters.benefitStopDays());
            if (at < person.releaseDay()) due.add(at, EventKey.of(person.id(), episode, BENEFIT));
        }
    }

    /** Whether the municipality pays the rent of a short detention that starts on this day. */
    boolean continuesRent(MunicipalityProfile municipality, int day) {
        RentContinuation lever = levers.rentContinuation(day);
        return municipality.continuesRent()
                || (lever != null && municipality.rentContinuationDraw() < lever.minimumShareOfMunicipalities());
    }

    private void scheduleLoss(Person person, int day, int start, double meanDays, long occasion, int kind) {
        double u = random.openUniform(person.id(), occasion);
        int at = Math.max(day, start + (int) Math.ceil(-meanDays * Math.log(u)));
        if (at < person.releaseDay()) due.add(at, EventKey.of(person.id(), person.episode(), kind));
    }

    /** Insurance arrears built up over the whole stay, decided at release. */
    void onRelease(Person person, int day) {
        if (person.hasInsuranceArrears()) return;
        double years = person.daysDetained(day) / 365.25;
        double p = 1 - Math.pow(1 - parameters.probabilityArrearsPerYear(), years);
        if (random.uniform(person.id(), Occasion.of(person.episode(), 3)) < p) person.becomeInsuranceDefaulter();
    }

    @Override protected void onDay(int day) {
        due.drain(day, population.warmer(EventKey.PERSON_SHIFT), key -> {
            Person person = population.get(EventKey.person(key));
            if (!person.isInDetention() || !EventKey.isEpisode(key, person.episode())) return;
            switch (EventKey.kind(key)) {
                case HOME -> accommodation.move(person, Housing.NONE, day);
                case JOB -> { if (person.income() == Income.WORK) person.loseIncome(); }
                case BENEFIT -> { if (person.income() == Income.BENEFIT) person.loseIncome(); }
                default -> throw new IllegalStateException("unknown detention damage");
            }
            if (conditions != null) conditions.reschedule(person, day);
        });
    }
}
