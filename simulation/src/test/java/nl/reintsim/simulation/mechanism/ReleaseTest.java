package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.Released;
import org.junit.jupiter.api.Test;

class ReleaseTest {
    private final Fixture world = new Fixture();

    private Person admitted() {
        Person person = world.population.add(30, 0, 0);
        world.mechanisms.detention().admit(person, 0);
        return person;
    }

    @Test void releaseRecordsTheStayAndTheConditions() {
        Person person = admitted();
        int day = person.releaseDay();
        world.mechanisms.release().onDay(day);
        List<Released> released = world.events(Released.class);
        assertEquals(1, released.size());
        assertEquals(day, released.get(0).stayDays());
        assertEquals(person.hasValidId(), released.get(0).hasValidId());
        assertEquals(0, world.population.inDetention());
    }

    @Test void aBenefitPreparedInDetentionStartsOnRelease() {
        Person person = admitted();
        person.loseIncome();
        person.prepareBenefitForRelease();
        world.mechanisms.release().onDay(person.releaseDay());
        assertEquals(Income.BENEFIT, person.income());
        assertFalse(person.isBenefitReadyAtRelease());
    }

    @Test void aReleasedPersonBecomesAtRiskOfANewOffence() {
        Person person = admitted();
        world.mechanisms.release().onDay(person.releaseDay());
        assertFalse(person.isInDetention());
        assertTrue(person.nextOffenceDay() > person.releaseDay() || person.nextOffenceDay() == -1);
        assertTrue(person.hazardBudget() > 0);
    }

    @Test void anOutdatedReleaseEntryIsIgnored() {
        Person person = admitted();
        world.mechanisms.release().onDay(person.releaseDay() - 1);
        assertTrue(person.isInDetention());
    }

    /** {@code n} people admitted on day 0 and each released on their day. */
    private List<Person> released(int n) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) people.add(admitted());
        int last = people.stream().mapToInt(Person::releaseDay).max().orElse(0);
        for (int day = 0; day <= last; day++) world.mechanisms.release().onDay(day);
        return people;
    }

    @Test void someSettleInAnotherMunicipalityThanTheyCameFrom() {
        int n = 20_000;
        long elsewhere = released(n).stream().filter(p -> p.municipality() != p.originMunicipality()).count();
        // the fixture's two municipalities weigh the same, so half the draws of a place to settle land on the other one
        double expected = world.parameters.origin().probabilitySettleElsewhere() / 2;
        assertEquals(expected, elsewhere / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n));
    }

    @Test void whoLeavesWithALegalFrameworkIsSupervisedByProbation() {
        List<Person> people = released(2_000);
        long framework = people.stream().filter(Person::hasProbationFramework).count();
        assertTrue(framework > 0, "the shipped chances of a framework give some");
        for (Person p : people) {
            assertEquals(p.hasProbationFramework(), p.isSupervisedByProbation(p.releaseDay()), "probation has room for all here");
        }
    }

    @Test void aCaseOpenedInDetentionBecomesAftercare() {
        Person person = admitted();
        world.mechanisms.coordination().contactNow(person, person.releaseDay() - 1);
        assertTrue(person.hasMunicipalCase(person.releaseDay() - 1));
        world.mechanisms.release().onDay(person.releaseDay());
        assertEquals(person.releaseDay() + (int) world.parameters.municipalities().caseDaysAfterRelease(), person.municipalCaseUntil());
    }

    @Test void aReleaseReTimesTheConditionsForLifeOutside() {
        Person person = admitted();
        person.setHousing(Housing.NONE);
        world.mechanisms.release().onDay(person.releaseDay());
        assertTrue(person.conditionDue(ConditionKind.FIND_SHELTER) > person.releaseDay(), "someone without a roof looks for a shelter bed");
    }

    @Test void insuranceArrearsBuiltUpOverTheStayAreDecidedAtRelease() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            Person person = admitted();
            if (!person.hasInsuranceArrears()) people.add(person);
        }
        int last = people.stream().mapToInt(Person::releaseDay).max().orElse(0);
        for (int day = 0; day <= last; day++) world.mechanisms.release().onDay(day);
        double perYear = world.parameters.detentionDamage().probabilityArrearsPerYear();
        double expected = 0, variance = 0;
        long withArrears = 0;
        for (Person p : people) {
            double chance = 1 - Math.pow(1 - perYear, p.plannedStayDays() / 365.25);
            expected += chance;
            variance += chance * (1 - chance);
            if (p.hasInsuranceArrears()) withArrears++;
        }
        assertTrue(expected > 20, "enough to see");
        assertEquals(expected, withArrears, 4 * Math.sqrt(variance));
    }
}
