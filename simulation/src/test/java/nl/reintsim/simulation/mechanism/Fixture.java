package nl.reintsim.simulation.mechanism;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.capacity.Capacity;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.HousingPlaces;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.MunicipalityProfile;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.ModelEvent;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.DetentionDamageParameters;
import nl.reintsim.simulation.parameters.InflowParameters;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.RecidivismParameters;
import nl.reintsim.simulation.parameters.RedetentionParameters;
import nl.reintsim.simulation.parameters.StayParameters;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * A tiny hand-built world for mechanism tests: the shipped parameters, two municipalities whose policies
 * and capacities the test chooses, all mechanisms wired as in a real run, and every event recorded.
 */
final class Fixture {
    static final int DAYS = 5000;

    /** A municipality as a test wants it. */
    record Place(SizeClass sizeClass, boolean organised, boolean rentContinuation, int coordinatorSlots, int rioSlots,
                 boolean inReachVisits, boolean benefitFrozen) {
        Place(SizeClass sizeClass, boolean organised, boolean rentContinuation, int coordinatorSlots, int rioSlots) {
            this(sizeClass, organised, rentContinuation, coordinatorSlots, rioSlots, false, false);
        }
    }

    final ModelParameters parameters;
    final SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 1, 1), 1, 12);
    final Population population = new Population();
    final RandomStreams streams = RandomStreams.forReplication(12345, 0);
    final List<ModelEvent> events = new ArrayList<>();
    final Observer observer = events::add;
    final World world;
    final Mechanisms mechanisms;

    Fixture() {
        this(TestWorld.shippedParameters(), new Place(SizeClass.G4, true, true, 1000, 100),
                new Place(SizeClass.UNDER_20K, false, false, 1000, 0));
    }

    Fixture(ModelParameters parameters, Place... places) {
        this(parameters, LeverSchedule.none(new SimCalendar(LocalDate.of(2026, 1, 1), 1, 12)), places);
    }

    Fixture(ModelParameters parameters, LeverSchedule levers, Place... places) {
        this(parameters, levers, housingPlaces(places.length, 1000, 1000), places);
    }

    /** The shipped parameters with a benefit that stops after this many days of detention. */
    static ModelParameters withBenefitStopDays(double days) {
        ModelParameters p = TestWorld.shippedParameters();
        DetentionDamageParameters d = p.detentionDamage();
        return p.withDetentionDamage(new DetentionDamageParameters(d.meanDaysToLoseOwnHome(), d.meanDaysToLoseHomeWithOthers(),
                d.probabilityRentPaidByOthers(), d.meanDaysJobKept(), days, d.probabilityArrearsPerYear()));
    }

    /** All municipalities in one region with this many shelter beds and supported-housing places. */
    static HousingPlaces housingPlaces(int municipalities, int shelterBeds, int supportedPlaces) {
        return new HousingPlaces(new int[municipalities], new Capacity[] { new Capacity("shelter", shelterBeds) },
                new Capacity[] { new Capacity("supported housing", supportedPlaces) }, new long[] { 100_000 });
    }

    Fixture(ModelParameters parameters, LeverSchedule levers, HousingPlaces housingPlaces, Place... places) {
        this(parameters, levers, housingPlaces, 100_000, places);
    }

    Fixture(ModelParameters parameters, LeverSchedule levers, HousingPlaces housingPlaces, int probationPlaces, Place... places) {
        this.parameters = parameters;
        List<MunicipalityProfile> profiles = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            Place p = places[i];
            Municipality m = new Municipality(i, "T" + i, "Test " + i, p.sizeClass() == SizeClass.G4 ? 500_000 : 15_000,
                    p.sizeClass(), "R1", 4);
            profiles.add(new MunicipalityProfile(m, 1.0, p.organised(), p.inReachVisits(), p.rentContinuation() ? 0.0 : 0.99, 0.5, p.benefitFrozen(),
                    0.99, 0.5, 0.5, p.coordinatorSlots(), p.rioSlots()));
        }
        world = new World(profiles, new Capacity("probation", probationPlaces), housingPlaces);
        mechanisms = Mechanisms.create(calendar, parameters, levers, streams, population, world, observer);
    }

    static InflowParameters inflow(double newcomersPerYear) {
        Map<DetentionType, StayParameters> stays = new EnumMap<>(DetentionType.class);
        stays.put(DetentionType.PRE_TRIAL, new StayParameters(0.4, 20, 1.2, 730));
        stays.put(DetentionType.SHORT_SENTENCE, new StayParameters(0.3, 35, 0.9, 365));
        stays.put(DetentionType.LONG_SENTENCE, new StayParameters(0.1, 400, 0.8, 7305));
        stays.put(DetentionType.SUBSTITUTE_CUSTODY, new StayParameters(0.2, 10, 0.8, 365));
        // an empty prison at the start: the small settings of the mechanism tests count every admission themselves
        return new InflowParameters(newcomersPerYear, 0, stays);
    }

    static RecidivismParameters recidivism() {
        return RecidivismParameters.withoutConditionEffects(0.0013, 365, 0.75, 1.08, 10, 1.3);
    }

    static RedetentionParameters redetention(double probability) {
        return new RedetentionParameters(probability, 30);
    }

    /** A person from municipality {@code municipality} put in detention by hand on day 0, released on {@code releaseDay}. */
    Person detained(double age, int priors, int releaseDay, boolean validId) {
        return detained(age, priors, releaseDay, validId, 0);
    }

    Person detained(double age, int priors, int releaseDay, boolean validId, int municipality) {
        Person person = population.add(age, 0, priors);
        person.setOrigin(municipality);
        person.setEntryConditions(validId, Housing.OWN, Income.NONE, Person.NO_WORK_START, false, false, false, false);
        person.detain(0, DetentionType.SHORT_SENTENCE, releaseDay, false, false);
        population.detentionStarted();
        return person;
    }

    <E extends ModelEvent> List<E> events(Class<E> type) {
        List<E> found = new ArrayList<>();
        for (ModelEvent e : events) if (type.isInstance(e)) found.add(type.cast(e));
        return found;
    }
}
