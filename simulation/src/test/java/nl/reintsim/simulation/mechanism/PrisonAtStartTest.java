package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.Released;
import nl.reintsim.simulation.parameters.InflowParameters;
import nl.reintsim.simulation.parameters.PersonParameters;
import org.junit.jupiter.api.Test;

/** The people the prison holds when the run begins (ODD 5): what a steady inflow would have left inside. */
class PrisonAtStartTest {
    private static final double NEWCOMERS_PER_YEAR = 9000;
    private static final double ADMISSIONS_PER_NEWCOMER = 1.5;
    private final Fixture world = new Fixture();
    private final PersonParameters persons = new PersonParameters(32, 10, 18, 75, 3, 0.93);

    /** The shipped stays, which the fixture's detention mechanism admits with, and a newcomers' rate of our own. */
    private InflowParameters inflow(double admissionsPerNewcomer) {
        return new InflowParameters(NEWCOMERS_PER_YEAR, admissionsPerNewcomer, world.parameters.inflow().stays());
    }

    @Test void thePrisonStartsWithAdmissionsPerDayTimesTheMeanStay() {
        PrisonAtStart prison = new PrisonAtStart(inflow(ADMISSIONS_PER_NEWCOMER), world.mechanisms.detention(), world.streams);
        double meanStay = 0;
        for (var s : inflow(0).stays().values()) meanStay += s.share() * new StayDistribution(s).meanDays();
        double expected = NEWCOMERS_PER_YEAR * ADMISSIONS_PER_NEWCOMER / 365.25 * meanStay;
        assertEquals(expected, prison.count(), 4 * Math.sqrt(expected));
    }

    @Test void noAdmissionsPerNewcomerMeansAnEmptyPrison() {
        assertEquals(0, new PrisonAtStart(inflow(0), world.mechanisms.detention(), world.streams).count());
    }

    /**
     * The definition checked by brute force: admit people every day for longer than the longest stay with the ordinary stay
     * draws, and look at who is still inside at the end. Those the model starts with must look the same: as many of
     * each type, with as long still to go (long stays are over-represented inside, which an empty start misses).
     * Medians, not means: the mean days left rest on a few long stays.
     */
    @Test void theStartingStockLooksLikeWhatASteadyInflowLeavesInside() {
        InflowParameters inflow = inflow(1);
        int perDay = 100;
        int pastDays = 21 * 365;
        Random random = new Random(7);
        Detention detention = world.mechanisms.detention();
        int types = DetentionType.values().length;
        List<List<Integer>> inside = new ArrayList<>(), drawn = new ArrayList<>();
        for (int t = 0; t < types; t++) { inside.add(new ArrayList<>()); drawn.add(new ArrayList<>()); }
        for (int daysAgo = 0; daysAgo < pastDays; daysAgo++) {
            for (int k = 0; k < perDay; k++) {
                DetentionType type = detention.drawType(random.nextDouble());
                int stay = detention.stayOf(type).days(random.nextDouble());
                if (stay > daysAgo) inside.get(type.ordinal()).add(stay - daysAgo);
            }
        }
        int total = inside.stream().mapToInt(List::size).sum();

        PrisonAtStart prison = new PrisonAtStart(inflow, detention, world.streams);
        for (int id = 0; id < total; id++) {
            PrisonAtStart.Inside person = prison.draw(id);
            assertTrue(person.daysLeft() >= 1 && person.daysServed() >= 0);
            drawn.get(person.type().ordinal()).add(person.daysLeft());
        }
        for (DetentionType type : DetentionType.values()) {
            List<Integer> expected = inside.get(type.ordinal()), actual = drawn.get(type.ordinal());
            assertEquals(expected.size(), actual.size(), 5 * Math.sqrt(expected.size()), type.key() + ": people inside");
            assertEquals(median(expected), median(actual), 0.06 * median(expected) + 1, type.key() + ": median days left");
        }
        long longLeft = inside.stream().flatMap(List::stream).filter(d -> d > 365).count();
        long drawnLongLeft = drawn.stream().flatMap(List::stream).filter(d -> d > 365).count();
        assertEquals(longLeft, drawnLongLeft, 5 * Math.sqrt(longLeft), "more than a year left");
    }

    private static double median(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test void withThePrisonFilledAtTheStartTheNumberInsideStaysLevel() {
        // nobody is detained again here, so every admission is a newcomer: one admission per newcomer
        int filled = insideAfter(1, 1), filledLater = insideAfter(1, 730);
        int empty = insideAfter(0, 30);
        assertEquals(filled, filledLater, 0.06 * filled, "filled at the start: day 1 against day 730");
        assertTrue(empty < 0.5 * filled, "an empty start holds far fewer after a month: " + empty + " against " + filled);
    }

    /** People inside at the end of {@code days} days of newcomers and releases. */
    private int insideAfter(double admissionsPerNewcomer, int days) {
        Fixture fresh = new Fixture();
        Inflow inflow = new Inflow(fresh.population, fresh.mechanisms.detention(), inflow(admissionsPerNewcomer), persons,
                fresh.streams, new DayQueue(Fixture.DAYS));
        for (int day = 0; day < days; day++) {
            inflow.onDay(day);
            fresh.mechanisms.release().onDay(day);
        }
        return fresh.population.inDetention();
    }

    @Test void theDaysServedBeforeTheRunCountInTheStayAtRelease() {
        Person person = world.population.add(30, 0, 0);
        world.mechanisms.detention().admitAlreadyDetained(person, 0, DetentionType.LONG_SENTENCE, 300, 20);
        world.mechanisms.release().onDay(20);
        Released released = world.events(Released.class).get(0);
        assertEquals(320, released.stayDays());
    }

    @Test void aHomeLostBeforeTheRunIsGoneOnItsFirstDay() {
        int ownHomeLong = 0, keptLong = 0, ownHomeFresh = 0, keptFresh = 0;
        boolean[] ownHome = new boolean[4000];
        for (int id = 0; id < ownHome.length; id++) {
            Person person = world.population.add(30, 0, 0);
            // even ids have served ten years before the run, odd ids are admitted today; both have 400 days to go
            world.mechanisms.detention().admitAlreadyDetained(person, 0, DetentionType.LONG_SENTENCE, id % 2 == 0 ? 3650 : 0, 400);
            ownHome[id] = person.housing() == Housing.OWN;
        }
        world.mechanisms.damage().onDay(0);
        for (int id = 0; id < ownHome.length; id++) {
            if (!ownHome[id]) continue;
            boolean kept = world.population.get(id).housing() == Housing.OWN;
            if (id % 2 == 0) { ownHomeLong++; if (kept) keptLong++; } else { ownHomeFresh++; if (kept) keptFresh++; }
        }
        double paid = world.parameters.detentionDamage().probabilityRentPaidByOthers();
        // after ten years inside only those whose rent someone pays still have the home (exp(-3650/150) of the others)
        assertEquals(paid, keptLong / (double) ownHomeLong, 4 * Math.sqrt(paid * (1 - paid) / ownHomeLong));
        assertEquals(ownHomeFresh, keptFresh, "admitted today: no home lost yet");
    }
}
