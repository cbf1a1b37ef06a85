package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.engine.EventKey;
import nl.reintsim.simulation.model.Conditions;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.observation.ConditionSnapshot;
import nl.reintsim.simulation.observation.ConditionSnapshot.Moment;
import nl.reintsim.simulation.observation.Observer;

/**
 * Observation at the WODC monitor's moments (ODD 4, observation): six and one month before the detention, at
 * release, and one, six, twelve and 24 months after [W6]. The monitor describes the conditions on entering
 * prison, at release and after it, so its "before" counts back from the start of the detention. The model has
 * no life before an admission: what a person brings in (drawn at entry for a newcomer, carried from the life
 * after the previous release for someone detained again) stands for both before moments, and is taken on the
 * day of admission, before detention damage acts (and before a shelter bed is given up or a course ends).
 * This mechanism only reports; it changes nothing.
 */
public final class Monitor extends DailyMechanism {
    private static final long serialVersionUID = 1L;
    private static final Moment[] MOMENTS = Moment.values();
    private static final Moment[] BEFORE_DETENTION = {Moment.SIX_MONTHS_BEFORE, Moment.ONE_MONTH_BEFORE};
    private static final Moment[] AFTER_RELEASE = {Moment.ONE_MONTH_AFTER, Moment.SIX_MONTHS_AFTER, Moment.ONE_YEAR_AFTER,
            Moment.TWO_YEARS_AFTER};

    private final Population population;
    private final DayQueue due;
    private final Observer observer;
    /** Releases before this day are not reported (warm-up), so they are not observed either. */
    private final int firstObservedRelease;

    public Monitor(Population population, int firstObservedRelease, DayQueue due, Observer observer) {
        this.population = population;
        this.firstObservedRelease = firstObservedRelease;
        this.due = due;
        this.observer = observer;
    }

    /**
     * What the person brings in, for the before moments of a detention that is to end on {@code releaseDay}: read on
     * the day of admission before anything of the detention acts. Null when that release is not observed (warm-up).
     */
    Conditions broughtIn(Person person, int day, int releaseDay) {
        return releaseDay < firstObservedRelease ? null : person.conditions(day);
    }

    /** {@code broughtIn}: from {@link #broughtIn}, so null when this detention's release is not observed. */
    void onAdmission(Person person, int day, Conditions broughtIn) {
        if (broughtIn == null) return;
        for (Moment moment : BEFORE_DETENTION) {
            observer.on(new ConditionSnapshot(day, person.id(), moment, person.releaseDay(), person.plannedStayDays(),
                    person.municipality(), broughtIn, true));
        }
    }

    void onRelease(Person person, int day, int stay) {
        if (day < firstObservedRelease) return;
        observer.on(new ConditionSnapshot(day, person.id(), Moment.AT_RELEASE, day, stay, person.municipality(),
                person.conditions(day), false));
        for (Moment moment : AFTER_RELEASE) {
            due.add(day + moment.daysFromRelease(), EventKey.of(person.id(), person.episode(), moment.ordinal()));
        }
    }

    @Override protected void onDay(int day) {
        due.drain(day, population.warmer(EventKey.PERSON_SHIFT), key -> {
            Person person = population.get(EventKey.person(key));
            Moment moment = MOMENTS[EventKey.kind(key)];
            int releaseDay = day - moment.daysFromRelease();
            observer.on(new ConditionSnapshot(day, person.id(), moment, releaseDay, -1, person.municipality(),
                    person.conditions(day), person.isInDetention()));
        });
    }
}
