package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import org.junit.jupiter.api.Test;

class SupportTest {
    private final Fixture world = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.G4, true, true, 100, 5));

    @Test void rioTakesOnlyEligibleAges() {
        var support = world.parameters.support();
        Person young = world.detained(support.rioMinimumAgeYears() + 2, 0, 400, true);
        Person old = world.detained(support.rioMaximumAgeYears() + 5, 0, 400, true);
        Person minor = world.detained(support.rioMinimumAgeYears() - 1, 0, 400, true);
        for (Person p : new Person[] {young, old, minor}) world.mechanisms.support().onAdmission(p, 0);
        assertTrue(young.hasRio(0));
        assertFalse(old.hasRio(0));
        assertFalse(minor.hasRio(0));
    }

    @Test void rioNeverExceedsItsCaseload() {
        for (int i = 0; i < 20; i++) world.mechanisms.support().onAdmission(world.detained(25, 0, 400, true), 0);
        long mentored = 0;
        for (int id = 0; id < world.population.size(); id++) if (world.population.get(id).hasRio(0)) mentored++;
        assertEquals(5, mentored);
        assertEquals(5, world.world.municipality(0).rioPlaces().occupied());
        assertEquals(15, world.world.municipality(0).rioPlaces().waiting());
    }

    @Test void aFreedRioPlaceGoesToTheLongestWaiting() {
        for (int i = 0; i < 6; i++) world.mechanisms.support().onAdmission(world.detained(25, 0, 2000, true), i);
        Person sixth = world.population.get(5);
        assertFalse(sixth.hasRio(5));
        int end = world.population.get(0).rioUntil();
        for (int day = 6; day <= end; day++) world.mechanisms.support().onDay(day);
        assertTrue(sixth.hasRio(end));
    }

    @Test void noRioWhereTheMunicipalityHasNoPlaces() {
        Fixture none = new Fixture(TestWorld.shippedParameters(), new Fixture.Place(SizeClass.UNDER_20K, false, false, 10, 0));
        Person person = none.detained(25, 0, 400, true);
        none.mechanisms.support().onAdmission(person, 0);
        assertFalse(person.hasRio(0));
        assertEquals(0, none.world.municipality(0).rioPlaces().waiting());
    }
}
