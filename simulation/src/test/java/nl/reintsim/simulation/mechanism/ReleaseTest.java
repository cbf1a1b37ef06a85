package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
