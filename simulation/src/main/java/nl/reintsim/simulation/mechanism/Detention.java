package nl.reintsim.simulation.mechanism;

import java.util.Map;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.Conditions;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.EntryConditionParameters;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * Starting a detention episode (ODD 7.1): its legal ground, its length (lognormal per type, fitted to
 * the stay-length figures of [DJI, K25, K26]), whether its end will be sudden, and for a first detention
 * where the person comes from and the basic conditions they bring in. A person detained again keeps the
 * conditions they have. Then everything that follows from admission is set in motion: intake, detention
 * damage, in-reach visits, RIO, the PI's own ID route, and the monitor's "before the detention" moments.
 */
public final class Detention {
    /** Connects admission to the mechanisms that act on it; set once when the schedule is built. */
    record Followers(Intake intake, DetentionDamage damage, MunicipalCoordination coordination, Support support,
                     Preparation preparation, ConditionChange conditions, Monitor monitor, Accommodation accommodation) { }

    private final Population population;
    private final World world;
    private final ModelParameters parameters;
    private final KeyedRandom stayRandom;
    private final KeyedRandom conditionsRandom;
    private final KeyedRandom originRandom;
    private final KeyedRandom releaseRandom;
    private final DayQueue releases;
    private final Observer observer;
    private final DetentionType[] types = DetentionType.values();
    private final double[] cumulativeShare;
    private final StayDistribution[] stayOf;
    private Followers followers;

    public Detention(Population population, World world, ModelParameters parameters, RandomStreams streams,
                     DayQueue releases, Observer observer) {
        this.population = population;
        this.world = world;
        this.parameters = parameters;
        this.stayRandom = streams.keyed(RandomPurpose.STAY_LENGTH);
        this.conditionsRandom = streams.keyed(RandomPurpose.CONDITIONS_AT_ENTRY);
        this.originRandom = streams.keyed(RandomPurpose.ORIGIN_MUNICIPALITY);
        this.releaseRandom = streams.keyed(RandomPurpose.RELEASE);
        this.releases = releases;
        this.observer = observer;
        this.cumulativeShare = new double[types.length];
        this.stayOf = new StayDistribution[types.length];
        double sum = 0;
        for (int i = 0; i < types.length; i++) {
            sum += parameters.inflow().stays().get(types[i]).share();
            cumulativeShare[i] = sum;
            stayOf[i] = new StayDistribution(parameters.inflow().stays().get(types[i]));
        }
    }

    void follow(Followers followers) { this.followers = followers; }

    public void admit(Person person, int day) {
        int episode = person.episode() + 1;
        DetentionType type = drawType(stayRandom.uniform(person.id(), Occasion.of(episode, 0)));
        int stay = stayOf[type.ordinal()].days(stayRandom.openUniform(person.id(), Occasion.of(episode, 1)));
        start(person, day, type, 0, stay);
    }

    /** The stay distribution of a detention type. */
    StayDistribution stayOf(DetentionType type) { return stayOf[type.ordinal()]; }

    /**
     * Someone the prison already holds when the run begins ({@link PrisonAtStart}): a first detention in the
     * model, {@code daysBefore} of it served before the run and {@code daysLeft} still to go.
     */
    void admitAlreadyDetained(Person person, int day, DetentionType type, int daysBefore, int daysLeft) {
        start(person, day, type, daysBefore, daysLeft);
    }

    private void start(Person person, int day, DetentionType type, int daysBefore, int stay) {
        int previousRelease = person.episode() == 0 ? -1 : person.releaseDay();
        int episode = person.episode() + 1;
        if (person.episode() == 0) {
            person.setOrigin(world.drawMunicipality(originRandom.uniform(person.id(), Occasion.of(0, 0))));
            drawEntryConditions(person, day - daysBefore);
        } else {
            followers.coordination().onAdmission(person, day);
        }
        // before a shelter bed is given up and a course ends: the monitor's "before the detention"
        Conditions broughtIn = followers.monitor().broughtIn(person, day, day + stay);
        followers.accommodation().onAdmission(person, day);
        boolean outside = originRandom.uniform(person.id(), Occasion.of(episode, 1)) < parameters.origin().probabilityDetainedOutsideRegion();
        boolean sudden = type.releaseCanBeSudden()
                && releaseRandom.uniform(person.id(), Occasion.of(episode, 0)) < parameters.release().probabilitySudden().get(type);
        person.detain(day, daysBefore, type, day + stay, outside, sudden);
        population.detentionStarted();
        releases.add(day + stay, person.id());
        observer.on(new Detained(day, person.id(), episode, type, stay, previousRelease, person.municipality()));

        followers.monitor().onAdmission(person, day, broughtIn);
        followers.support().onAdmission(person, day);
        followers.intake().onAdmission(person, day);
        followers.damage().onAdmission(person, day);
        followers.preparation().onAdmission(person, day);
        if (world.municipality(person.municipality()).hasInReachVisits()) followers.coordination().scheduleNotification(person, day + 1);
        followers.conditions().reschedule(person, day);
    }

    /** The conditions a newcomer brings in, on the day the detention began (before the run, for the prison's people at the start). */
    private void drawEntryConditions(Person person, int day) {
        EntryConditionParameters e = parameters.entryConditions();
        int id = person.id();
        boolean validId = conditionsRandom.uniform(id, Occasion.of(0, 0)) >= e.probabilityNoValidId();
        Housing housing = drawHousing(e.housingShares(), conditionsRandom.uniform(id, Occasion.of(0, 1)));
        double u = conditionsRandom.uniform(id, Occasion.of(0, 2));
        Income income = u < e.probabilityWork() ? Income.WORK : u < e.probabilityWork() + e.probabilityBenefit() ? Income.BENEFIT : Income.NONE;
        boolean careNeed = conditionsRandom.uniform(id, Occasion.of(0, 5)) < e.probabilityCareNeed();
        person.setEntryConditions(validId, housing, income, income == Income.WORK ? day - (int) e.daysInWorkBeforeEntry() : Person.NO_WORK_START,
                conditionsRandom.uniform(id, Occasion.of(0, 3)) < e.probabilityProblematicDebts(),
                conditionsRandom.uniform(id, Occasion.of(0, 4)) < e.probabilityInsuranceArrears(),
                careNeed, careNeed && conditionsRandom.uniform(id, Occasion.of(0, 6)) < e.probabilityCareNeedMet());
        person.setStartQualification(conditionsRandom.uniform(id, Occasion.of(0, 7)) < e.probabilityStartQualification());
        // who lived without registered income before mostly goes on so after release; who had a benefit claims again
        double takeUp = switch (income) {
            case BENEFIT -> 1;
            case WORK -> e.probabilityTakeUpAfterWork();
            case NONE -> e.probabilityTakeUpWithoutIncome();
        };
        person.setClaimsBenefit(conditionsRandom.uniform(id, Occasion.of(0, 8)) < takeUp);
    }

    static Housing drawHousing(Map<Housing, Double> shares, double u) {
        double sum = 0;
        for (Housing h : Housing.values()) {
            sum += shares.get(h);
            if (u < sum) return h;
        }
        return Housing.NONE;
    }

    DetentionType drawType(double u) {
        for (int i = 0; i < types.length - 1; i++) {
            if (u < cumulativeShare[i]) return types[i];
        }
        return types[types.length - 1];
    }
}
