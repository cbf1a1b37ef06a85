package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.parameters.StayParameters;
import nl.reintsim.simulation.policy.IdInDetention;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.policy.Levers;
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

    @Test void newcomersBringTheEntrySharesOfHousingIncomeDebtsCareAndQualification() {
        int n = 40_000;
        admitMany(n);
        var e = world.parameters.entryConditions();
        Map<Housing, Integer> housing = new EnumMap<>(Housing.class);
        Map<Income, Integer> income = new EnumMap<>(Income.class);
        int debts = 0, arrears = 0, careNeed = 0, careMet = 0, qualified = 0;
        for (int id = 0; id < n; id++) {
            Person p = world.population.get(id);
            housing.merge(p.housing(), 1, Integer::sum);
            income.merge(p.income(), 1, Integer::sum);
            if (p.hasProblematicDebts()) debts++;
            if (p.hasInsuranceArrears()) arrears++;
            if (p.hasCareNeed()) careNeed++;
            if (p.isCareMet()) careMet++;
            if (p.hasStartQualification()) qualified++;
            if (p.income() == Income.WORK) assertEquals(-(int) e.daysInWorkBeforeEntry(), p.workStartDay(), "in work since before the detention");
        }
        for (Housing h : new Housing[] { Housing.OWN, Housing.WITH_OTHERS, Housing.INSTITUTION }) {
            assertShare(e.housingShares().get(h), housing.getOrDefault(h, 0), n, h.toString());
        }
        // a shelter bed is not kept in detention, so those who came from a shelter are without an address now
        assertShare(e.housingShares().get(Housing.SHELTER) + e.housingShares().get(Housing.NONE), housing.get(Housing.NONE), n, "shelter or none");
        assertShare(e.probabilityWork(), income.get(Income.WORK), n, "work");
        assertShare(e.probabilityBenefit(), income.get(Income.BENEFIT), n, "benefit");
        assertShare(e.probabilityProblematicDebts(), debts, n, "problematic debts");
        assertShare(e.probabilityInsuranceArrears(), arrears, n, "insurance arrears");
        assertShare(e.probabilityCareNeed(), careNeed, n, "care need");
        assertShare(e.probabilityCareNeedMet(), careMet, careNeed, "care met, of those with a need");
        assertShare(e.probabilityStartQualification(), qualified, n, "start qualification");
    }

    private static void assertShare(double expected, int count, int of, String what) {
        assertShare(expected, new long[] { of, count }, what);
    }

    /** A person admitted by the detention mechanism whose planned stay is at least {@code days}. */
    private Person admittedForAtLeast(int days, int day) {
        while (true) {
            Person person = world.population.add(30, 0, 0);
            world.mechanisms.detention().admit(person, day);
            if (person.plannedStayDays() >= days) return person;
            person.release(day);
            world.population.detentionEnded();
        }
    }

    @Test void anAdmissionStartsTheClockOfTheIntake() {
        Person person = admittedForAtLeast(120, 0);
        for (int day = 0; day < 100; day++) world.mechanisms.intake().onDay(day);
        assertTrue(person.intakeDay() >= 0, "no intake in 100 days of a long stay");
    }

    @Test void anAdmissionWithoutValidIdOffersAnIdCardInDetention() {
        var lever = new LeverSchedule(Levers.of(
                new IdInDetention(LocalDate.of(2026, 1, 1), 1.0)), world.calendar);
        Fixture sure = new Fixture(world.parameters, lever, new Fixture.Place(SizeClass.G4, true, true, 1000, 0));
        int from = sure.calendar.day(LocalDate.of(2026, 1, 1));
        for (int i = 0; i < 400; i++) sure.mechanisms.detention().admit(sure.population.add(30, from, 0), from);
        List<Person> longStaysWithoutId = new ArrayList<>();
        for (int id = 0; id < 400; id++) {
            Person person = sure.population.get(id);
            if (!person.hasValidId() && person.plannedStayDays() > 60) longStaysWithoutId.add(person);
        }
        for (int day = from; day <= from + 60; day++) sure.mechanisms.preparation().onDay(day);
        int withoutId = longStaysWithoutId.size();
        int arranged = (int) longStaysWithoutId.stream().filter(Person::hasValidId).count();
        assertTrue(withoutId > 0);
        assertEquals(withoutId, arranged, "with the lever at 1 every long stay without ID gets one");
    }

    @Test void inReachVisitsTellTheMunicipalityTheDayAfterAdmission() {
        Fixture visiting = new Fixture(world.parameters,
                new Fixture.Place(SizeClass.G4, true, true, 1000, 0, true, false));
        Person person = visiting.population.add(30, 0, 0);
        visiting.mechanisms.detention().admit(person, 0);
        visiting.mechanisms.coordination().onDay(0);
        assertFalse(person.isMunicipalityNotified());
        visiting.mechanisms.coordination().onDay(1);
        assertEquals(1, person.notifiedDay());
    }

    @Test void anAdmissionReTimesTheConditionsThatCanChangeInDetention() {
        Person person = world.population.add(30, 0, 0);
        world.mechanisms.detention().admit(person, 0);
        assertEquals(person.hasValidId(), person.conditionDue(ConditionKind.LOSE_ID) >= 0, "a valid ID can run out in detention");
    }

    /** People admitted on day 0 by the detention mechanism and released on their day by the release mechanism. */
    private List<Person> admittedAndReleased(int n) {
        admitMany(n);
        int last = 0;
        for (int id = 0; id < n; id++) last = Math.max(last, world.population.get(id).releaseDay());
        for (int day = 0; day <= last; day++) world.mechanisms.release().onDay(day);
        List<Person> released = new ArrayList<>();
        for (int id = 0; id < n; id++) released.add(world.population.get(id));
        return released;
    }

    @Test void aNewDetentionEndsSupervisionByProbation() {
        admitMany(200);
        int back = 200;
        for (int day = 0; day < back; day++) world.mechanisms.release().onDay(day);
        Person supervised = IntStream.range(0, 200).mapToObj(world.population::get)
                .filter(p -> !p.isInDetention() && p.isSupervisedByProbation(back)).findFirst().orElseThrow();
        world.mechanisms.detention().admit(supervised, back);
        assertFalse(supervised.isSupervisedByProbation(back));
    }

    @Test void aNewDetentionClosesTheMunicipalCase() {
        Person person = admittedAndReleased(1).get(0);
        int back = person.releaseDay() + 30;
        world.mechanisms.coordination().contactNow(person, back - 1);
        assertTrue(person.hasMunicipalCase(back), "a case opened after the release");
        world.mechanisms.detention().admit(person, back);
        assertFalse(person.hasMunicipalCase(back));
    }

    @Test void aShareOfDetentionsIsInAnotherRegionAndOnlyPreTrialAndFinesEndSuddenly() {
        int n = 40_000;
        admitMany(n);
        Map<DetentionType, long[]> byType = new EnumMap<>(DetentionType.class);
        long outside = 0;
        for (int id = 0; id < n; id++) {
            Person p = world.population.get(id);
            long[] c = byType.computeIfAbsent(p.detentionType(), k -> new long[2]);
            c[0]++;
            if (p.isSuddenRelease()) c[1]++;
            if (p.isDetainedOutsideRegion()) outside++;
        }
        assertShare(world.parameters.origin().probabilityDetainedOutsideRegion(), (int) outside, n, "detained in another region");
        for (DetentionType type : DetentionType.values()) {
            long[] c = byType.get(type);
            if (type.releaseCanBeSudden()) assertShare(world.parameters.release().probabilitySudden().get(type), c, type.key());
            else assertEquals(0, c[1], type.key() + ": a sentence's end is known");
        }
    }
}
