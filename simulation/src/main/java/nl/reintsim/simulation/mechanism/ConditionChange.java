package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.engine.EventKey;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.ConditionChanged;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.AccommodationParameters;
import nl.reintsim.simulation.parameters.ConditionParameters;
import nl.reintsim.simulation.policy.HousingSupply;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * Basic conditions arranged and lost over time (ODD 7.5 preparation and 7.7 after release). Each unmet
 * condition has one pending change, an exponential waiting time whose rate depends on:
 * <ul>
 *   <li>support: with the municipality, a RIO or probation involved the mean waits of the parameter
 *       file apply; without, rates are lower (after release) or nothing happens (in detention). An ID after
 *       release is the exception: the person applies at the desk in person, so it has one pace, support or not;</li>
 *   <li>prerequisites: without ID no benefit, work or housing can be arranged [W6, K21];</li>
 *   <li>housing scarcity: the wait for housing scales with the municipality's registration time [HS];
 *       shelter beds and supported-housing places are finite ({@link Accommodation});</li>
 *   <li>the person: a start qualification makes work come faster (education has no direct effect on
 *       recidivism [W6], only this indirect one).</li>
 * </ul>
 * Temporary situations end: a shelter stay, supported housing (moving on to a home), a course.
 * What is arranged in detention takes effect on release (a benefit, a place to live). Whenever the
 * context changes the pending changes are drawn again; exponential waits are memoryless, so this is
 * exact, and the draws are keyed per person so no one else's numbers move.
 */
public final class ConditionChange extends DailyMechanism {
    private static final long serialVersionUID = 1L;
    private static final double NEVER = Double.POSITIVE_INFINITY;
    /** {@code values()} copies the array on every call; this runs for every event. */
    private static final ConditionKind[] KINDS = ConditionKind.values();

    private final Population population;
    private final World world;
    private final ConditionParameters parameters;
    private final KeyedRandom random;
    private final KeyedRandom outcomeRandom;
    private final DayQueue due;
    private final Observer observer;
    private Recidivism recidivism;
    private final double trajectoryRateRatio;
    private final AccommodationParameters accommodationParameters;
    private final Accommodation accommodation;
    private final LeverSchedule levers;
    /** Mean days to housing with support, per municipality: read on every re-timing, so computed once. */
    private final double[] housingMeanByMunicipality;

    public ConditionChange(Population population, World world, ConditionParameters parameters, double trajectoryRateRatio,
                           AccommodationParameters accommodationParameters, Accommodation accommodation, LeverSchedule levers,
                           RandomStreams streams, DayQueue due, Observer observer) {
        this.levers = levers;
        this.housingMeanByMunicipality = new double[world.size()];
        for (int m = 0; m < world.size(); m++) {
            housingMeanByMunicipality[m] = parameters.meanDaysToHousing() * world.municipality(m).municipality().housingWaitYears()
                    / parameters.referenceHousingWaitYears();
        }
        this.accommodationParameters = accommodationParameters;
        this.accommodation = accommodation;
        this.trajectoryRateRatio = trajectoryRateRatio;
        this.population = population;
        this.world = world;
        this.parameters = parameters;
        this.random = streams.keyed(RandomPurpose.CONDITION_CHANGE);
        this.outcomeRandom = streams.keyed(RandomPurpose.CONDITION_OUTCOME);
        this.due = due;
        this.observer = observer;
    }

    /** Set once at wiring: condition changes after release re-time the next offence. */
    public void setRecidivism(Recidivism recidivism) { this.recidivism = recidivism; }

    @Override protected void onDay(int day) {
        due.drain(day, population.warmer(EventKey.PERSON_SHIFT, EventKey.KIND_MASK), key -> {
            Person person = population.get(EventKey.person(key));
            ConditionKind kind = KINDS[EventKey.kind(key)];
            if (person.conditionDue(kind) != day || !EventKey.isEpisode(key, person.episode())) return;
            person.setConditionDue(kind, -1);
            apply(person, kind, day);
            observer.on(new ConditionChanged(day, person.id(), kind, person.episode() > 0 && !person.isInDetention()
                    ? person.releaseDay() : -1, person.isInDetention()));
            reschedule(person, day);
            if (!person.isInDetention() && recidivism != null) recidivism.reassess(person, day);
        });
    }

    /** What a change does when it comes up. Package-private so that tests can state each kind's effect. */
    void apply(Person person, ConditionKind kind, int day) {
        boolean inDetention = person.isInDetention();
        switch (kind) {
            case ARRANGE_ID -> person.obtainValidId();
            case ARRANGE_BENEFIT -> { if (inDetention) person.prepareBenefitForRelease(); else person.startBenefit(); }
            case FIND_WORK -> person.startWork(day);
            case FIND_SHELTER -> accommodation.move(person, Housing.SHELTER, day);
            case FIND_HOUSING -> {
                if (inDetention) person.prepareHousingForRelease();
                else accommodation.move(person, housingFound(person), day);
            }
            case ARRANGE_CARE -> person.meetCareNeed();
            case DEBT_APPROACH -> person.startDebtApproach();
            case LOSE_JOB -> person.loseIncome();
            case LOSE_HOME -> accommodation.move(person, Housing.NONE, day);
            case LEAVE_SHELTER -> {
                if (person.housing() == Housing.SHELTER) accommodation.move(person, Housing.NONE, day);
                else accommodation.giveUpWaiting(person);
            }
            case MOVE_ON_FROM_SUPPORTED_HOUSING -> accommodation.move(person, Housing.OWN, day);
            case START_EDUCATION -> person.startEducation();
            case END_EDUCATION -> person.endEducation(outcome(person, ConditionKind.END_EDUCATION) < parameters.probabilityQualifiedByEducation());
            case LOSE_ID -> person.loseValidId();
            case INSURANCE_DEFAULT -> person.becomeInsuranceDefaulter();
            case WORK_SIX_MONTHS -> { }
        }
    }

    /** Where someone who finds housing ends up: with others, in an institution, or a home of their own. */
    Housing housingFound(Person person) {
        double u = outcome(person, ConditionKind.FIND_HOUSING);
        if (u < parameters.shareHousingWithOthers()) return Housing.WITH_OTHERS;
        if (u < parameters.shareHousingWithOthers() + parameters.shareHousingInstitution()) return Housing.INSTITUTION;
        return Housing.OWN;
    }

    /**
     * The uniform that decides what today's change of this kind turns out to be. Its own stream, keyed like
     * the waiting time that led to it: every change is preceded by a fresh draw of its waiting time, so no two
     * outcomes share a number, and none shares one with a waiting time (outcome draws once took occasions
     * that were also the waiting times of other kinds, tying the kind of housing found to a course's length).
     */
    private double outcome(Person person, ConditionKind kind) {
        return outcomeRandom.uniform(person.id(), Occasion.of(person.episode(), kind.ordinal() << 12 | person.conditionDraws(kind) & 0xFFF));
    }

    /**
     * Brings every pending change of this person in line with the context as it is today. A change
     * whose rate is unchanged keeps its day (exponential waits are memoryless, so this is exact);
     * one whose rate changed is drawn again. That holds for a day drawn beyond what the model follows
     * (the follow-up after release, the horizon) too: it is kept as {@link Person#OUT_OF_SIGHT}, not drawn
     * again at every re-timing, which once made up more than half of all condition draws.
     *
     * <p>Millions of re-timings a run each look at all sixteen kinds, and most find nothing changed: so the
     * rates are worked out in one pass ({@link #fillMeans}) and the kinds are visited by number.
     */
    public void reschedule(Person person, int day) {
        Situation now = situation.of(person, day);
        double[] means = now.means;
        fillMeans(person, now, means);
        for (int k = 0; k < KINDS.length; k++) {
            if (k == SIX_MONTHS) {
                scheduleSixMonths(person, day);
                continue;
            }
            double mean = means[k];
            int due = person.conditionDue(k);
            if (mean == NEVER) {
                if (due != -1) person.setConditionDue(k, -1);
                continue;
            }
            // due today and not yet come up (an earlier phase re-times): it still comes up today
            if (due >= day && person.isConditionDrawnWith(k, mean)) continue;
            redraw(person, KINDS[k], mean, now);
        }
    }

    /** A fresh waiting time at this mean, from today. */
    private void redraw(Person person, ConditionKind kind, double mean, Situation now) {
        person.setConditionMean(kind, mean);
        int draw = person.nextConditionDraw(kind) & 0xFFF;
        double u = random.openUniform(person.id(), Occasion.of(person.episode(), kind.ordinal() << 12 | draw));
        int at = now.day + (int) Math.max(1, Math.ceil(-mean * Math.log(u)));
        if (!now.inDetention && !kind.isEnding() && at > person.releaseDay() + parameters.followUpDaysAfterRelease()) {
            person.setConditionDue(kind, Person.OUT_OF_SIGHT);
            return;
        }
        schedule(person, kind, at);
    }

    private void scheduleSixMonths(Person person, int day) {
        if (!person.isInDetention() && person.income() == Income.WORK && person.workStartDay() != Person.NO_WORK_START
                && day - person.workStartDay() < Person.SIX_MONTHS_DAYS) {
            schedule(person, ConditionKind.WORK_SIX_MONTHS, person.workStartDay() + Person.SIX_MONTHS_DAYS);
        } else {
            person.setConditionDue(ConditionKind.WORK_SIX_MONTHS, -1);
        }
    }

    private void schedule(Person person, ConditionKind kind, int at) {
        if (person.conditionDue(kind) == at) return;
        if (due.add(at, EventKey.of(person.id(), person.episode(), kind.ordinal()))) person.setConditionDue(kind, at);
        else person.setConditionDue(kind, Person.OUT_OF_SIGHT);
    }

    /**
     * What every kind's rate depends on, read once per re-timing rather than once per kind (a re-timing
     * asks for all sixteen kinds, millions of times a run). One instance is reused: a re-timing never
     * starts another.
     */
    private final class Situation {
        int day;
        boolean inDetention;
        boolean supported;
        /** Mean-wait multiplier without support (1 with support). */
        double slower;
        boolean validId;
        /** A Bijdrageregeling trajectory makes work and housing come faster [BR]: its rate multiplier, 1 without. */
        double trajectory;
        /** The mean wait of every kind, by ordinal. */
        final double[] means = new double[KINDS.length];

        Situation of(Person person, int day) {
            inDetention = person.isInDetention();
            supported = person.isSupported(day);
            slower = supported ? 1 : 1 / parameters.unsupportedRateRatio();
            validId = person.hasValidId();
            trajectory = person.hasFundedTrajectory(day) ? trajectoryRateRatio : 1;
            this.day = day;
            return this;
        }
    }

    private final Situation situation = new Situation();

    /** Mean waiting time for a change of this kind today, or infinity when it cannot happen now. */
    double meanDays(Person person, ConditionKind kind, int day) {
        Situation now = new Situation().of(person, day);
        fillMeans(person, now, now.means);
        return now.means[kind.ordinal()];
    }

    private static final int ID = ConditionKind.ARRANGE_ID.ordinal();
    private static final int BENEFIT = ConditionKind.ARRANGE_BENEFIT.ordinal();
    private static final int WORK = ConditionKind.FIND_WORK.ordinal();
    private static final int SHELTER = ConditionKind.FIND_SHELTER.ordinal();
    private static final int HOUSING = ConditionKind.FIND_HOUSING.ordinal();
    private static final int CARE = ConditionKind.ARRANGE_CARE.ordinal();
    private static final int DEBTS = ConditionKind.DEBT_APPROACH.ordinal();
    private static final int LOSE_JOB = ConditionKind.LOSE_JOB.ordinal();
    private static final int LOSE_HOME = ConditionKind.LOSE_HOME.ordinal();
    private static final int LOSE_ID = ConditionKind.LOSE_ID.ordinal();
    private static final int INSURANCE_DEFAULT = ConditionKind.INSURANCE_DEFAULT.ordinal();
    private static final int SIX_MONTHS = ConditionKind.WORK_SIX_MONTHS.ordinal();
    private static final int LEAVE_SHELTER = ConditionKind.LEAVE_SHELTER.ordinal();
    private static final int MOVE_ON = ConditionKind.MOVE_ON_FROM_SUPPORTED_HOUSING.ordinal();
    private static final int START_EDUCATION = ConditionKind.START_EDUCATION.ordinal();
    private static final int END_EDUCATION = ConditionKind.END_EDUCATION.ordinal();

    /*
     * The switch this replaced would not compile without a case for every kind; fillMeans would silently leave a
     * new kind's mean at whatever it was. So the class refuses to load unless the kinds it fills are all of them.
     */
    static {
        int[] filled = {ID, BENEFIT, WORK, SHELTER, HOUSING, CARE, DEBTS, LOSE_JOB, LOSE_HOME, LOSE_ID, INSURANCE_DEFAULT,
                SIX_MONTHS, LEAVE_SHELTER, MOVE_ON, START_EDUCATION, END_EDUCATION};
        if (java.util.Arrays.stream(filled).distinct().count() != KINDS.length) {
            throw new IllegalStateException("ConditionChange.fillMeans must give a mean for every ConditionKind");
        }
    }

    /** The mean waiting time of every kind of change today, by ordinal; infinity where it cannot happen now. */
    private void fillMeans(Person person, Situation now, double[] m) {
        boolean inDetention = now.inDetention;
        boolean supported = now.supported;
        double slower = now.slower;
        boolean id = now.validId;
        Income income = person.income();
        Housing housing = person.housing();
        m[ID] = id ? NEVER : inDetention ? arranged(parameters.meanDaysToArrangeId(), inDetention, supported, slower)
                : parameters.meanDaysToArrangeIdAfterRelease();
        m[BENEFIT] = income != Income.NONE || !id || !person.claimsBenefit() || (inDetention && person.isBenefitReadyAtRelease())
                ? NEVER : arranged(parameters.meanDaysToArrangeBenefit(), inDetention, supported, slower);
        m[WORK] = inDetention || income == Income.WORK || !id ? NEVER
                : parameters.meanDaysToFindWork() * slower / now.trajectory
                  / (person.hasStartQualification() ? parameters.workRateRatioQualified() : 1);
        m[SHELTER] = inDetention || housing != Housing.NONE || person.awaitingPlace() != null || person.hasGivenUpOnShelter()
                ? NEVER : parameters.meanDaysToShelter();
        m[HOUSING] = housing.isRegisteredAddress() || !id || (inDetention && person.isHousingReadyAtRelease())
                ? NEVER : arranged(housingMean(person, now.day), inDetention, supported, slower) / now.trajectory;
        m[CARE] = !person.hasCareNeed() || person.isCareMet()
                ? NEVER : arranged(parameters.meanDaysToArrangeCare(), inDetention, supported, slower);
        m[DEBTS] = !person.hasProblematicDebts() || person.hasDebtApproach()
                ? NEVER : arranged(parameters.meanDaysToDebtApproach(), inDetention, supported, slower);
        m[LOSE_JOB] = inDetention || income != Income.WORK ? NEVER : parameters.meanDaysJobKeptAfterRelease();
        m[LOSE_HOME] = inDetention || !housing.isRegisteredAddress() || housing == Housing.INSTITUTION
                ? NEVER : parameters.meanDaysHomeKeptAfterRelease();
        m[LOSE_ID] = !id ? NEVER : parameters.meanDaysIdKept();
        m[INSURANCE_DEFAULT] = inDetention || person.hasInsuranceArrears() || income != Income.NONE
                ? NEVER : parameters.meanDaysToInsuranceDefault();
        m[SIX_MONTHS] = NEVER;
        m[LEAVE_SHELTER] = inDetention ? NEVER
                : housing == Housing.SHELTER ? accommodationParameters.meanDaysInShelter()
                : person.awaitingPlace() == Housing.SHELTER ? accommodationParameters.meanDaysWaitingForShelter() : NEVER;
        m[MOVE_ON] = inDetention || housing != Housing.INSTITUTION ? NEVER : accommodationParameters.meanDaysInSupportedHousing();
        m[START_EDUCATION] = inDetention || person.isInEducation() || income == Income.WORK
                ? NEVER : parameters.meanDaysToStartEducation() * slower;
        m[END_EDUCATION] = inDetention || !person.isInEducation() ? NEVER : parameters.meanDaysInEducation();
    }

    /** In detention only a supporter arranges anything; after release, people also manage alone, more slowly. */
    private static double arranged(double mean, boolean inDetention, boolean supported, double slower) {
        if (inDetention) return supported ? mean : NEVER;
        return mean * slower;
    }

    /** Scales with the local housing wait [HS]; shorter with priority after a long stay, when a housing lever gives it [K26]. */
    private double housingMean(Person person, int day) {
        double mean = housingMeanByMunicipality[person.municipality()];
        HousingSupply lever = levers.housing(day);
        if (lever != null && person.episode() > 0 && lever.givesPriority(person.plannedStayDays())) {
            mean *= lever.priorityWaitRatio();
        }
        return mean;
    }
}
