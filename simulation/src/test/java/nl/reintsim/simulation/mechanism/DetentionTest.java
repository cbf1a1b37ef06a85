package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.parameters.StayParameters;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class DetentionTest {
    private final Fixture world = new Fixture();

    private void admitMany(int count) {
        for (int i = 0; i < count; i++) world.mechanisms.detention().admit(world.population.add(30, 0, 0), 0);
    }

    @Test void detentionTypesFollowTheirShares() {
        admitMany(40_000);
        for (DetentionType type : DetentionType.values()) {
            long n = world.events(Detained.class).stream().filter(d -> d.type() == type).count();
            double expected = world.parameters.inflow().stays().get(type).share();
            double se = Math.sqrt(expected * (1 - expected) / 40_000);
            assertEquals(expected, n / 40_000.0, 4 * se, type.key());
        }
    }

    /** The lognormal of the parameters, cut at the longest stay: its median lies where half the mass below the cut is. */
    @Test void medianStayOfEachTypeIsThatOfItsLognormalCutAtTheLongestStay() {
        admitMany(40_000);
        NormalDistribution normal = new NormalDistribution();
        for (DetentionType type : DetentionType.values()) {
            int[] stays = world.events(Detained.class).stream().filter(d -> d.type() == type)
                    .mapToInt(Detained::plannedStayDays).sorted().toArray();
            StayParameters s = world.parameters.inflow().stays().get(type);
            double below = normal.cumulativeProbability(Math.log(s.maximumStayDays() / s.medianStayDays()) / s.stayLogSd());
            double expected = s.medianStayDays() * Math.exp(s.stayLogSd() * normal.inverseCumulativeProbability(below / 2));
            assertEquals(expected, stays[stays.length / 2], expected * 0.06 + 1, type.key());
        }
    }

    @Test void noStayIsLongerThanTheLongestOfItsType() {
        admitMany(40_000);
        for (Detained d : world.events(Detained.class)) {
            assertTrue(d.plannedStayDays() <= world.parameters.inflow().stays().get(d.type()).maximumStayDays(), d.toString());
        }
    }

    @Test void newcomersBringTheEntryShareWithoutValidId() {
        admitMany(20_000);
        long noId = 0;
        for (int id = 0; id < 20_000; id++) if (!world.population.get(id).hasValidId()) noId++;
        double expected = world.parameters.entryConditions().probabilityNoValidId();
        assertEquals(expected, noId / 20_000.0, 4 * Math.sqrt(expected * (1 - expected) / 20_000));
    }

    /**
     * Benefit take-up: who had a benefit before detention claims again; of those without registered income only the
     * parameter's share does; of those in work as many as of everyone not in work.
     */
    @Test void whoHadABenefitClaimsAgainAndWhoLivedWithoutIncomeMostlyDoesNot() {
        admitMany(40_000);
        var e = world.parameters.entryConditions();
        assertTrue(e.probabilityTakeUpWithoutIncome() < 0.9, "the shipped share must leave a difference to see");
        Map<Income, long[]> counts = new EnumMap<>(Income.class);
        for (int id = 0; id < 40_000; id++) {
            Person person = world.population.get(id);
            long[] c = counts.computeIfAbsent(person.income(), k -> new long[2]);
            c[0]++;
            if (person.claimsBenefit()) c[1]++;
        }
        assertEquals(counts.get(Income.BENEFIT)[0], counts.get(Income.BENEFIT)[1], "everyone on a benefit before claims again");
        assertShare(e.probabilityTakeUpWithoutIncome(), counts.get(Income.NONE), "without income before");
        assertShare(e.probabilityTakeUpAfterWork(), counts.get(Income.WORK), "in work before");
    }

    private static void assertShare(double expected, long[] counts, String who) {
        double se = Math.sqrt(expected * (1 - expected) / counts[0]);
        assertEquals(expected, counts[1] / (double) counts[0], 4 * se + 1e-9, who);
    }

    @Test void someoneDetainedAgainKeepsTheConditionsTheyHave() {
        Person person = world.population.add(30, 0, 0);
        world.mechanisms.detention().admit(person, 0);
        person.setHousing(Housing.WITH_OTHERS);
        person.release(person.releaseDay());
        world.population.detentionEnded();
        world.mechanisms.detention().admit(person, person.releaseDay() + 10);
        assertEquals(Housing.WITH_OTHERS, person.housing());
        assertEquals(2, person.episode());
    }

    @Test void aPersonsStayDoesNotDependOnTheOrderPeopleAreAdmittedIn() {
        Fixture other = new Fixture();
        admitMany(10);
        for (int i = 0; i < 10; i++) other.population.add(30, 0, 0);
        for (int id = 9; id >= 0; id--) other.mechanisms.detention().admit(other.population.get(id), 0);
        int[] here = new int[10];
        int[] there = new int[10];
        world.events(Detained.class).forEach(d -> here[d.personId()] = d.plannedStayDays());
        other.events(Detained.class).forEach(d -> there[d.personId()] = d.plannedStayDays());
        assertArrayEquals(here, there);
    }

    @Test void everyStayLastsAtLeastOneDay() {
        admitMany(5_000);
        assertTrue(world.events(Detained.class).stream().allMatch(d -> d.plannedStayDays() >= 1));
    }
}
