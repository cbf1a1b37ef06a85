package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.capacity.Capacity;
import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.HousingPlaces;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.observation.SupportStarted;
import nl.reintsim.simulation.policy.HousingSupply;
import nl.reintsim.simulation.policy.LeverSchedule;

/**
 * Every move between housing situations after admission goes through here (ODD 7.9, capacities), so
 * that shelter beds and supported-housing places are taken and given back exactly once. Someone who
 * finds the region's places full stays where they are and waits, first come first served; the freed
 * place goes to the longest waiting person who still needs it. A housing lever adds places on its first day.
 */
public final class Accommodation extends DailyMechanism {
    private static final long serialVersionUID = 1L;
    private final Population population;
    private final LeverSchedule levers;
    private final HousingPlaces places;
    private final Observer observer;
    private ConditionChange conditions;
    private Recidivism recidivism;

    public Accommodation(Population population, World world, LeverSchedule levers, Observer observer) {
        this.population = population;
        this.levers = levers;
        this.places = world.housingPlaces();
        this.observer = observer;
    }

    void wire(ConditionChange conditions, Recidivism recidivism) {
        this.conditions = conditions;
        this.recidivism = recidivism;
    }

    /**
     * Moves the person to {@code to}. Returns false when {@code to} is shelter or supported housing and
     * the region has no free place: the person then keeps their housing and waits for one. Someone
     * waiting for supported housing may use a shelter bed meanwhile but keeps their place in that queue
     * rather than joining the shelter queue.
     */
    public boolean move(Person person, Housing to, int day) {
        if (!HousingPlaces.isCapped(to)) {
            leavePlace(person, day);
            if (to.isRegisteredAddress()) {
                stopWaiting(person);
                person.giveUpOnShelter(false);
            }
            person.setHousing(to);
            return true;
        }
        int region = places.region(person.municipality());
        Capacity capacity = places.places(to, region);
        if (capacity.request(person.id(), day)) {
            take(person, to, region, day, 0);
            return true;
        }
        if (capacity.slots() == 0) return false;
        if (to == Housing.SHELTER && person.awaitingPlace() == Housing.INSTITUTION) {
            capacity.withdraw(person.id());
        } else {
            if (person.awaitingPlace() != to || person.awaitingRegion() != region) stopWaiting(person);
            person.awaitPlace(to, region);
        }
        return false;
    }

    /** The housing lever's first day: its extra places are added and go to those waiting. */
    @Override protected void onDay(int day) {
        if (day != levers.housingFrom()) return;
        HousingSupply lever = levers.housing(day);
        for (int region = 0; region < places.regions(); region++) {
            add(Housing.SHELTER, region, places.placesFor(lever.extraShelterBedsPer10k(), region), day);
            add(Housing.INSTITUTION, region, places.placesFor(lever.extraSupportedHousingPer10k(), region), day);
        }
    }

    private void add(Housing kind, int region, int extra, int day) {
        Capacity capacity = places.places(kind, region);
        capacity.addSlots(extra);
        for (Capacity.Waiting next = capacity.admitWaiting(); next != null; next = capacity.admitWaiting()) {
            Person waiting = population.get(next.personId());
            if (needs(waiting, kind)) {
                placeFromQueue(waiting, kind, region, day, day - next.sinceDay());
            } else {
                capacity.release();
                if (waiting.awaitingPlace() == kind && waiting.awaitingRegion() == region) waiting.awaitPlace(null, -1);
            }
        }
    }

    /** A new detention: a shelter bed is not kept, and nobody in detention waits for a place. */
    void onAdmission(Person person, int day) {
        stopWaiting(person);
        if (person.housing() == Housing.SHELTER) move(person, Housing.NONE, day);
    }

    private void take(Person person, Housing to, int region, int day, int waited) {
        if (person.awaitingPlace() == to) person.awaitPlace(null, -1);
        else if (to == Housing.INSTITUTION) stopWaiting(person);
        leavePlace(person, day);
        person.setHousing(to);
        person.holdPlace(region);
        observer.on(new SupportStarted(day, person.id(), to == Housing.SHELTER ? SupportStarted.Kind.SHELTER_BED
                : SupportStarted.Kind.SUPPORTED_HOUSING, person.municipality(), waited));
    }

    /**
     * Stops waiting for a shelter bed: the person makes do (rough sleeping, acquaintances) and does not
     * ask again until they have had a home or a new detention.
     */
    void giveUpWaiting(Person person) {
        if (person.awaitingPlace() != Housing.SHELTER) return;
        stopWaiting(person);
        person.giveUpOnShelter(true);
    }

    private void stopWaiting(Person person) {
        Housing awaited = person.awaitingPlace();
        if (awaited == null) return;
        places.places(awaited, person.awaitingRegion()).withdraw(person.id());
        person.awaitPlace(null, -1);
    }

    /** Gives back the place the person holds, if any, and hands it to the longest waiting who needs it. */
    private void leavePlace(Person person, int day) {
        int region = person.placeRegion();
        if (region < 0) return;
        Housing held = person.housing();
        person.holdPlace(-1);
        Capacity capacity = places.places(held, region);
        for (Capacity.Waiting next = capacity.free(); next != null; next = capacity.free()) {
            Person waiting = population.get(next.personId());
            if (needs(waiting, held)) {
                placeFromQueue(waiting, held, region, day, day - next.sinceDay());
                return;
            }
            // dequeued without a place: no longer waiting for this one
            if (waiting.awaitingPlace() == held && waiting.awaitingRegion() == region) waiting.awaitPlace(null, -1);
        }
    }

    private void placeFromQueue(Person person, Housing kind, int region, int day, int waited) {
        take(person, kind, region, day, waited);
        if (conditions != null) conditions.reschedule(person, day);
        if (recidivism != null) recidivism.reassess(person, day);
    }

    private static boolean needs(Person person, Housing kind) {
        if (person.isInDetention() || person.awaitingPlace() != kind) return false;
        return kind == Housing.SHELTER ? person.housing() == Housing.NONE : !person.housing().isRegisteredAddress();
    }
}
