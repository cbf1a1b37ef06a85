package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.engine.EventKey;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.parameters.CaseManagerParameters;
import nl.reintsim.simulation.policy.CaseManagerCapacity;
import nl.reintsim.simulation.policy.InformationSharing;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * The DJI case manager's intake and D&amp;R plan (ODD 7.2): within 10 working days when the caseload
 * allows, later as detainees per case manager exceed the norm [K25, K26]. Short stays can end before
 * intake. After intake the plan is shared with the municipality of origin, or not.
 */
public final class Intake extends DailyMechanism {
    private static final long serialVersionUID = 1L;

    private final Population population;
    private final CaseManagerParameters parameters;
    private final SimCalendar calendar;
    private final KeyedRandom random;
    private final DayQueue due;
    private final MunicipalCoordination coordination;
    private final LeverSchedule levers;

    public Intake(Population population, CaseManagerParameters parameters, LeverSchedule levers, SimCalendar calendar,
                  RandomStreams streams, DayQueue due, MunicipalCoordination coordination) {
        this.population = population;
        this.levers = levers;
        this.parameters = parameters;
        this.calendar = calendar;
        this.random = streams.keyed(RandomPurpose.INTAKE);
        this.due = due;
        this.coordination = coordination;
    }

    /** Case managers in post on this day: the parameter file's, or the lever's from its date. */
    public double fte(int day) {
        CaseManagerCapacity lever = levers.caseManagerCapacity(day);
        return lever == null ? parameters.fte() : lever.fte();
    }

    /** Detainees per case manager relative to the norm on this day; above 1 the deadline slips. */
    public double load(int day) {
        CaseManagerCapacity lever = levers.caseManagerCapacity(day);
        double fte = lever == null ? parameters.fte() : lever.fte();
        double norm = lever == null ? parameters.caseloadNormPerFte() : lever.caseloadNormPerFte();
        return population.inDetention() / (fte * norm);
    }

    /** Working days to intake for this person, given the load on the day of admission. */
    double workingDaysToIntake(Person person, int day) {
        double median = parameters.intakeMedianWorkingDaysAtNorm() * Math.max(1, load(day));
        double z = random.standardNormal(person.id(), Occasion.of(person.episode(), 0));
        return Math.max(1, Math.round(median * Math.exp(parameters.intakeDelayLogSd() * z)));
    }

    void onAdmission(Person person, int day) {
        int at = calendar.plusWorkingDays(day, (int) workingDaysToIntake(person, day));
        if (at < person.releaseDay()) due.add(at, EventKey.of(person.id(), person.episode(), 0));
    }

    /** Whether an intake on {@code intakeDay} met the deadline for a detention from {@code startDay}. */
    public boolean withinDeadline(int startDay, int intakeDay) {
        return intakeDay >= 0 && intakeDay <= calendar.plusWorkingDays(startDay, (int) parameters.intakeDeadlineWorkingDays());
    }

    @Override protected void onDay(int day) {
        due.drain(day, population.warmer(EventKey.PERSON_SHIFT), key -> {
            Person person = population.get(EventKey.person(key));
            if (!person.isInDetention() || !EventKey.isEpisode(key, person.episode()) || person.intakeDay() >= 0) return;
            person.recordIntake(day);
            InformationSharing sharing = levers.informationSharing(day);
            double shared = sharing == null ? parameters.probabilityPlanShared() : sharing.probabilityPlanShared();
            if (random.uniform(person.id(), Occasion.of(person.episode(), 1)) < shared) {
                coordination.scheduleNotification(person, day + (int) Math.round(parameters.planSharingDelayDays()));
            }
        });
    }
}
