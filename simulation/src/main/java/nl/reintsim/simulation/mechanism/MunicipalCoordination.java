package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.capacity.Capacity;
import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.engine.EventKey;
import nl.reintsim.simulation.model.MunicipalityProfile;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.CaseOpened;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.MunicipalParameters;
import nl.reintsim.simulation.policy.InformationSharing;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.policy.StatutoryDuty;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * The municipality of origin learns of a detention and takes up the case (ODD 7.3 notification and the
 * municipal part of 7.5). Once notified, contact follows with a probability that is lower where
 * aftercare is not organised (no dedicated team, regional point or in-reach), where the person is held
 * in another region, and where know-how was lost after months without a case [K25, K26]. A case takes a
 * coordinator slot from contact until some months after release; when all slots are taken, people wait.
 * For a sentence, whose release date is known, the case is taken up only in the months before that date: a
 * long stay would otherwise hold a coordinator's hours for years in which there is little to do.
 */
public final class MunicipalCoordination extends DailyMechanism {
    private static final long serialVersionUID = 1L;
    static final int NOTIFY = 0;
    static final int CONTACT = 1;
    static final int CLOSE = 2;
    /** A waiting request that can no longer be useful leaves the queue. */
    static final int GIVE_UP = 3;
    /** Occasion offset for decisions taken after release, so they never reuse a detention draw. */
    private static final int AFTER_RELEASE = 8;
    /** Open-ended case while the release day is not known. */
    private static final int UNTIL_RELEASE = Integer.MAX_VALUE / 2;

    private final Population population;
    private final World world;
    private final MunicipalParameters parameters;
    private final double notifiedAfterSudden;
    private final LeverSchedule levers;
    private final KeyedRandom random;
    private final DayQueue due;
    private final Observer observer;
    private ConditionChange conditions;

    public MunicipalCoordination(Population population, World world, MunicipalParameters parameters,
                                 double probabilityNotifiedAfterSudden, LeverSchedule levers, RandomStreams streams,
                                 DayQueue due, Observer observer) {
        this.population = population;
        this.levers = levers;
        this.world = world;
        this.parameters = parameters;
        this.notifiedAfterSudden = probabilityNotifiedAfterSudden;
        this.random = streams.keyed(RandomPurpose.NOTIFICATION);
        this.due = due;
        this.observer = observer;
    }

    public void setConditionChange(ConditionChange conditions) { this.conditions = conditions; }

    /** Schedules the day the municipality learns of the detention. */
    void scheduleNotification(Person person, int day) {
        due.add(day, EventKey.of(person.id(), person.episode(), NOTIFY));
    }

    @Override protected void onDay(int day) {
        if (day == levers.statutoryDutyFrom()) expandFundedCapacity(day);
        due.drain(day, population.warmer(EventKey.PERSON_SHIFT), key -> {
            Person person = population.get(EventKey.person(key));
            if (!EventKey.isEpisode(key, person.episode())) return;
            switch (EventKey.kind(key)) {
                case NOTIFY -> notified(person, day);
                case CONTACT -> contactNow(person, day);
                case CLOSE -> { if (person.municipalCaseUntil() == day) closeCase(person, day); }
                case GIVE_UP -> world.municipality(person.municipality()).coordinators().withdraw(person.id());
                default -> throw new IllegalStateException("unknown coordination event");
            }
        });
    }

    private void notified(Person person, int day) {
        boolean after = !person.isInDetention();
        if (person.isMunicipalityNotified() && !after) return;
        person.notifyMunicipality(day);
        decideContact(person, day, after);
    }

    private void decideContact(Person person, int day, boolean afterRelease) {
        int offset = afterRelease ? AFTER_RELEASE : 0;
        if (random.uniform(person.id(), Occasion.of(person.episode(), offset)) >= probabilityContact(person, day)) return;
        double u = random.openUniform(person.id(), Occasion.of(person.episode(), offset + 1));
        int at = day + (int) Math.ceil(-parameters.meanDaysToContact() * Math.log(u));
        due.add(at, EventKey.of(person.id(), person.episode(), CONTACT));
    }

    /** Chance of contact once the municipality knows of the person. */
    double probabilityContact(Person person, int day) {
        MunicipalityProfile municipality = world.municipality(person.municipality());
        double p = parameters.probabilityContact();
        boolean duty = levers.compliesWithDuty(municipality, day);
        if (!duty && !levers.isOrganised(municipality, day)) p *= parameters.contactRatioUnorganised();
        if (!duty && person.isInDetention() && person.isDetainedOutsideRegion() && !municipality.hasInReachVisits()) {
            p *= parameters.contactRatioOutsideRegion();
        }
        if (!levers.keepsKnowHowByDuty(municipality, day)
                && municipality.hasLostKnowledge(day, parameters.knowledgeRetentionDays(), levers.isInRegionalPoint(municipality, day))) {
            p *= parameters.contactRatioKnowledgeLost();
        }
        return p;
    }

    /**
     * Contact is made today: a case opens if a coordinator is free, else the person joins the queue; for a sentence
     * more than {@code caseDaysBeforeRelease} from its end, the case is taken up that many days before it.
     */
    void contactNow(Person person, int day) {
        if (person.hasMunicipalCase(day) || !stillRelevant(person, day)) return;
        int takenUp = caseStart(person, day);
        if (takenUp > day) {
            due.add(takenUp, EventKey.of(person.id(), person.episode(), CONTACT));
            return;
        }
        Capacity coordinators = world.municipality(person.municipality()).coordinators();
        if (coordinators.request(person.id(), day)) {
            openCase(person, person.municipality(), day, 0);
        } else {
            int lastUseful = person.releaseDay() + (int) parameters.caseDaysAfterRelease();
            due.add(Math.max(day + 1, lastUseful + 1), EventKey.of(person.id(), person.episode(), GIVE_UP));
        }
    }

    /** The day a case can take a coordinator: today, or for a sentence's known release, the months before it. */
    private int caseStart(Person person, int day) {
        if (!person.isInDetention() || person.detentionType().releaseCanBeSudden()) return day;
        return Math.max(day, person.releaseDay() - (int) parameters.caseDaysBeforeRelease());
    }

    /** A case matters during detention and during the aftercare months after release. */
    private boolean stillRelevant(Person person, int day) {
        return person.isInDetention() || day - person.releaseDay() <= parameters.caseDaysAfterRelease();
    }

    private void openCase(Person person, int municipality, int day, int waited) {
        int until = person.isInDetention() ? UNTIL_RELEASE : person.releaseDay() + (int) parameters.caseDaysAfterRelease();
        if (until <= day) until = day + 1;
        person.openMunicipalCase(municipality, until);
        world.municipality(municipality).caseOpened(day);
        if (until != UNTIL_RELEASE) due.add(until, EventKey.of(person.id(), person.episode(), CLOSE));
        observer.on(new CaseOpened(day, person.id(), municipality, !person.isInDetention(), waited));
        if (conditions != null) conditions.reschedule(person, day);
    }

    private void closeCase(Person person, int day) {
        int municipality = person.caseMunicipality();
        person.closeMunicipalCase();
        handOverSlot(municipality, day);
    }

    /** A freed slot goes to whoever waited longest and still needs it. */
    private void handOverSlot(int municipality, int day) {
        world.municipality(municipality).coordinators().release();
        fillFreeSlots(municipality, day);
    }

    private void fillFreeSlots(int municipality, int day) {
        Capacity coordinators = world.municipality(municipality).coordinators();
        for (Capacity.Waiting next = coordinators.admitWaiting(); next != null; next = coordinators.admitWaiting()) {
            Person waiting = population.get(next.personId());
            if (!waiting.hasMunicipalCase(day) && stillRelevant(waiting, day) && waiting.municipality() == municipality) {
                openCase(waiting, municipality, day, day - next.sinceDay());
            } else {
                coordinators.release();
            }
        }
    }

    /** A funded statutory duty adds coordinator hours on its first day; the waiting are taken on at once. */
    private void expandFundedCapacity(int day) {
        StatutoryDuty duty = levers.statutoryDuty(day);
        if (duty == null || !duty.isFunded()) return;
        for (int m = 0; m < world.size(); m++) {
            MunicipalityProfile municipality = world.municipality(m);
            double hours = duty.extraCoordinatorHoursPerWeekPer10k() * municipality.municipality().population() / 10_000.0;
            municipality.addFundedSlots((int) Math.floor(hours / parameters.hoursPerCasePerWeek()));
            fillFreeSlots(m, day);
        }
    }

    /** On re-detention an open after-release case ends; the new episode starts afresh. */
    void onAdmission(Person person, int day) {
        if (person.caseMunicipality() >= 0) closeCase(person, day);
        world.municipality(person.municipality()).coordinators().withdraw(person.id());
    }

    /** Turns an open case into aftercare, or decides on contact after release. */
    void onRelease(Person person, int day) {
        if (person.hasMunicipalCase(day)) {
            int until = day + (int) parameters.caseDaysAfterRelease();
            person.setMunicipalCaseUntil(until);
            due.add(until, EventKey.of(person.id(), person.episode(), CLOSE));
            return;
        }
        if (person.isMunicipalityNotified()) {
            decideContact(person, day, true);
        } else if (person.isSuddenRelease()) {
            double u = random.uniform(person.id(), Occasion.of(person.episode(), AFTER_RELEASE + 2));
            InformationSharing sharing = levers.informationSharing(day);
            if (u < (sharing == null ? notifiedAfterSudden : sharing.probabilityNotifiedAfterSuddenRelease())) {
                double w = random.openUniform(person.id(), Occasion.of(person.episode(), AFTER_RELEASE + 3));
                scheduleNotification(person, day + (int) Math.ceil(-parameters.meanDaysToContact() * Math.log(w)));
            }
        } else if (random.uniform(person.id(), Occasion.of(person.episode(), AFTER_RELEASE + 4)) < parameters.probabilitySelfReport()) {
            double w = random.openUniform(person.id(), Occasion.of(person.episode(), AFTER_RELEASE + 5));
            due.add(day + (int) Math.ceil(-parameters.meanDaysToContact() * Math.log(w)), EventKey.of(person.id(), person.episode(), CONTACT));
        }
    }
}
