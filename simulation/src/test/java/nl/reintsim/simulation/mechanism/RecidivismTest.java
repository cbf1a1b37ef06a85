package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.Reoffended;
import nl.reintsim.simulation.parameters.RecidivismParameters;
import org.junit.jupiter.api.Test;

class RecidivismTest {
    private final Fixture world = new Fixture();
    private final DayQueue offences = new DayQueue(Fixture.DAYS);
    private final DayQueue redetentions = new DayQueue(Fixture.DAYS);

    private Recidivism recidivism(RecidivismParameters parameters, double probabilityDetention) {
        return new Recidivism(world.population, parameters, Fixture.redetention(probabilityDetention), world.streams,
                offences, redetentions, world.observer);
    }

    /** The day {@link #released} releases people on. */
    private static final int RELEASED_ON = 10;

    private Person released(double age, int priors, boolean validId) {
        Person person = world.detained(age, priors, RELEASED_ON, validId);
        person.release(RELEASED_ON);
        return person;
    }

    /** Releases {@code n} alike people on day 10 and runs the offence phase to the end of the fixture. */
    private void releaseAndFollow(Recidivism recidivism, int n, double age, int priors, boolean validId) {
        for (int i = 0; i < n; i++) recidivism.startRisk(released(age, priors, validId), 10);
        for (int day = 11; day < Fixture.DAYS; day++) recidivism.onDay(day);
    }

    @Test void theHazardBudgetIsSpentExactlyWhereTheCumulativeHazardReachesIt() {
        RecidivismParameters p = Fixture.recidivism();
        Recidivism recidivism = recidivism(p, 0);
        double budget = 0.2, m = 1.4;
        double t = recidivism.daysUntilHazardSpent(0, budget, m);
        assertEquals(budget, m * p.cumulativeHazard(t), 1e-9);
        double later = recidivism.daysUntilHazardSpent(t, budget, m);
        assertEquals(2 * budget, m * p.cumulativeHazard(later), 1e-9);
    }

    @Test void aBudgetBeyondTheTotalHazardMeansNoFurtherOffence() {
        RecidivismParameters p = Fixture.recidivism();
        assertTrue(Double.isInfinite(recidivism(p, 0).daysUntilHazardSpent(0, p.totalHazard() * 1.01, 1.0)));
    }

    @Test void shareOffendingWithinTwoYearsMatchesTheIntegratedHazard() {
        RecidivismParameters p = Fixture.recidivism();
        int n = 20_000;
        releaseAndFollow(recidivism(p, 0), n, 30, 0, true);
        long within = world.events(Reoffended.class).stream()
                .filter(o -> o.offenceSinceRelease() == 1 && o.day() - o.releaseDay() <= 730).count();
        double expected = 1 - Math.exp(-p.cumulativeHazard(730));
        assertEquals(expected, within / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n));
    }

    @Test void someReleasedPeopleNeverOffendAgain() {
        RecidivismParameters p = Fixture.recidivism();
        int n = 20_000;
        releaseAndFollow(recidivism(p, 0), n, 30, 0, true);
        long ever = world.events(Reoffended.class).stream().filter(o -> o.offenceSinceRelease() == 1).count();
        double followed = 1 - Math.exp(-p.cumulativeHazard(Fixture.DAYS - 11));
        assertEquals(followed, ever / (double) n, 4 * Math.sqrt(followed * (1 - followed) / n));
        assertTrue(followed < 0.8);
    }

    @Test void theHazardIsHighestRightAfterRelease() {
        releaseAndFollow(recidivism(Fixture.recidivism(), 0), 20_000, 30, 0, true);
        long firstQuarter = world.events(Reoffended.class).stream()
                .filter(o -> o.offenceSinceRelease() == 1 && o.day() - o.releaseDay() <= 91).count();
        long fourthQuarter = world.events(Reoffended.class).stream()
                .filter(o -> o.offenceSinceRelease() == 1 && o.day() - o.releaseDay() > 273 && o.day() - o.releaseDay() <= 364).count();
        assertTrue(firstQuarter > 1.5 * fourthQuarter, firstQuarter + " vs " + fourthQuarter);
    }

    @Test void aNewOffenceLeadsToDetentionWithItsProbability() {
        releaseAndFollow(recidivism(Fixture.recidivism(), 0.7), 20_000, 30, 0, true);
        var first = world.events(Reoffended.class).stream().filter(o -> o.offenceSinceRelease() == 1).toList();
        double share = first.stream().filter(Reoffended::leadsToDetention).count() / (double) first.size();
        assertEquals(0.7, share, 4 * Math.sqrt(0.21 / first.size()));
    }

    @Test void someoneWaitingForANewDetentionCommitsNoFurtherOffence() {
        releaseAndFollow(recidivism(Fixture.recidivism(), 1.0), 2_000, 30, 0, true);
        assertTrue(world.events(Reoffended.class).stream().allMatch(o -> o.offenceSinceRelease() == 1));
    }

    @Test void missingIdRaisesTheHazard() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        double ratio = recidivism.multiplier(released(30, 0, false), 10) / recidivism.multiplier(released(30, 0, true), 10);
        assertEquals(world.parameters.recidivism().hazardRatioNoValidId(), ratio, 1e-12);
    }

    @Test void olderPeopleHaveALowerHazard() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        assertTrue(recidivism.multiplier(released(45, 0, true), 10) < recidivism.multiplier(released(25, 0, true), 10));
    }

    @Test void priorOffencesRaiseTheHazardUpToTheCap() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        double none = recidivism.multiplier(released(30, 0, true), 10);
        double five = recidivism.multiplier(released(30, 5, true), 10);
        int cap = (int) world.parameters.recidivism().priorOffencesCap();
        double atCap = recidivism.multiplier(released(30, cap, true), 10);
        assertTrue(none < five && five < atCap);
        assertEquals(atCap, recidivism.multiplier(released(30, cap + 20, true), 10), 1e-12);
    }

    @Test void noAddressIsRiskiestAndLivingWithOthersSafest() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        double[] byHousing = new double[Housing.values().length];
        for (Housing h : Housing.values()) {
            Person p = released(30, 0, true);
            p.setHousing(h);
            byHousing[h.ordinal()] = recidivism.multiplier(p, 10);
        }
        for (Housing h : Housing.values()) {
            assertTrue(byHousing[Housing.NONE.ordinal()] >= byHousing[h.ordinal()], h.key());
            assertTrue(byHousing[Housing.WITH_OTHERS.ordinal()] <= byHousing[h.ordinal()], h.key());
        }
    }

    @Test void aJobKeptOverSixMonthsProtectsMoreThanANewJob() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        Person newJob = released(30, 0, true);
        newJob.startWork(100);
        Person oldJob = released(30, 0, true);
        oldJob.startWork(-200);
        Person noJob = released(30, 0, true);
        double fresh = recidivism.multiplier(newJob, 110), kept = recidivism.multiplier(oldJob, 110), none = recidivism.multiplier(noJob, 110);
        assertTrue(kept < fresh && fresh < none);
    }

    @Test void educationProtectsThoseNotInWork() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        Person idle = released(30, 0, true);
        Person studying = released(30, 0, true);
        studying.startEducation();
        assertEquals(world.parameters.recidivism().hazardRatioEducation(),
                recidivism.multiplier(studying, 20) / recidivism.multiplier(idle, 20), 1e-12);
    }

    @Test void theHousingEffectIsStrongerForWomen() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        double[] ratio = new double[2];
        for (int sex = 0; sex < 2; sex++) {
            boolean male = sex == 0;
            Person housed = world.population.add(30, 0, 0, male);
            Person homeless = world.population.add(30, 0, 0, male);
            for (Person p : new Person[] { housed, homeless }) {
                p.setOrigin(0);
                p.setEntryConditions(true, p == housed ? Housing.OWN : Housing.NONE, Income.NONE, Person.NO_WORK_START,
                        false, false, false, false);
                p.detain(0, DetentionType.SHORT_SENTENCE, 10, false, false);
                p.release(10);
            }
            ratio[sex] = recidivism.multiplier(homeless, 10) / recidivism.multiplier(housed, 10);
        }
        assertTrue(ratio[0] > 1, "no address raises the hazard for men");
        assertTrue(ratio[1] > ratio[0], "and more so for women: " + ratio[1] + " vs " + ratio[0]);
    }

    @Test void aBenefitProtectsMoreWithManyPriors() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        int many = (int) world.parameters.recidivism().manyPriorsThreshold();
        Person few = released(30, 0, true);
        Person manyPriors = released(30, many, true);
        double fewWithout = recidivism.multiplier(few, 10), manyWithout = recidivism.multiplier(manyPriors, 10);
        few.startBenefit();
        manyPriors.startBenefit();
        assertTrue(recidivism.multiplier(manyPriors, 10) / manyWithout < recidivism.multiplier(few, 10) / fewWithout);
    }

    @Test void debtsAloneDoNotChangeTheHazard() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        Person withDebts = released(30, 0, true);
        withDebts.setEntryConditions(true, Housing.OWN, Income.NONE, Person.NO_WORK_START, true, false, false, false);
        assertEquals(recidivism.multiplier(released(30, 0, true), 10), recidivism.multiplier(withDebts, 10), 1e-12);
    }

    @Test void findingAHomeAfterReleasePostponesTheNextOffence() {
        RecidivismParameters p = world.parameters.recidivism();
        Recidivism recidivism = recidivism(p, 0);
        int n = 4000;
        int housedLater = 0, stayedHomeless = 0;
        for (int i = 0; i < 2 * n; i++) {
            Person person = released(30, 3, true);
            person.setHousing(Housing.NONE);
            recidivism.startRisk(person, 10);
            if (i % 2 == 0) {
                person.setHousing(Housing.WITH_OTHERS);
                recidivism.reassess(person, 40);
            }
        }
        for (int day = 11; day < 10 + 730; day++) recidivism.onDay(day);
        for (Reoffended o : world.events(Reoffended.class)) {
            if (o.offenceSinceRelease() == 1 && o.day() > 40) {
                if (o.personId() % 2 == 0) housedLater++; else stayedHomeless++;
            }
        }
        assertTrue(housedLater < stayedHomeless, housedLater + " vs " + stayedHomeless);
    }

    /** Support arranged on the day of release (probation, a RIO) comes before that release's clock starts: it re-times nothing. */
    @Test void aReassessmentBeforeTheClockOfThisReleaseStartsQueuesNoOffence() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        Person person = released(30, 3, true);
        person.setHousing(Housing.NONE);
        recidivism.reassess(person, 10);
        assertEquals(-1, person.nextOffenceDay());
        recidivism.startRisk(person, 10);
        assertEquals(10, person.hazardFromDay());
        assertTrue(person.nextOffenceDay() > 10 || person.nextOffenceDay() == -1);
    }

    @Test void rioMentoringProbationAndABenefitEachScaleTheHazardByTheirRatio() {
        RecidivismParameters p = world.parameters.recidivism();
        Recidivism recidivism = recidivism(p, 0);
        Person person = released(30, 0, true);
        person.setHousing(Housing.OWN);
        double alone = recidivism.multiplier(person, 20);
        person.startRio(0, 100);
        assertEquals(p.hazardRatioRio(), recidivism.multiplier(person, 20) / alone, 1e-12, "RIO");
        person.endRio();
        person.startProbation(100);
        assertEquals(p.hazardRatioProbation(), recidivism.multiplier(person, 20) / alone, 1e-12, "probation");
        person.endProbation();
        person.startBenefit();
        assertEquals(p.hazardRatioBenefit(), recidivism.multiplier(person, 20) / alone, 1e-12, "benefit, few priors, no debts");
    }

    @Test void aReassessmentSpendsTheHazardSoFarAtTheOldMultiplierAndTheRestAtTheNew() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        int checked = 0;
        for (int i = 0; i < 300; i++) {
            Person person = atRiskWithoutAHome(recidivism);
            if (offendsBy(person, 40)) continue;   // offends before the change
            assertReassessed(recidivism, person, Housing.WITH_OTHERS, RELEASED_ON, 40);
            checked++;
        }
        assertTrue(checked > 100, "enough people still at risk on day 40: " + checked);
    }

    /** Someone released on {@link #RELEASED_ON} without a home, their next offence timed. */
    private Person atRiskWithoutAHome(Recidivism recidivism) {
        Person person = released(30, 3, true);
        person.setHousing(Housing.NONE);
        recidivism.startRisk(person, RELEASED_ON);
        return person;
    }

    private static boolean offendsBy(Person person, int day) {
        return person.nextOffenceDay() != -1 && person.nextOffenceDay() <= day;
    }

    /**
     * Moves a person released on {@link #RELEASED_ON} into {@code housing} on {@code day} and re-times their next offence:
     * the hazard since the last timing ({@code lastTimed}) is spent at the old multiplier, the offence falls where the
     * rest is spent at the new one.
     */
    private void assertReassessed(Recidivism recidivism, Person person, Housing housing, int lastTimed, int day) {
        RecidivismParameters.HazardCurve curve = world.parameters.recidivism().hazardCurve();
        double budget = person.hazardBudget(), before = person.hazardMultiplier();
        person.setHousing(housing);
        recidivism.reassess(person, day);
        int from = lastTimed - RELEASED_ON, to = day - RELEASED_ON;
        double left = budget - before * (curve.cumulative(to) - curve.cumulative(from));
        assertEquals(left, person.hazardBudget(), 1e-9);
        double at = recidivism.daysUntilHazardSpent(to, left, person.hazardMultiplier());
        assertEquals(Double.isInfinite(at) ? -1 : RELEASED_ON + (int) Math.max(to + 1, Math.ceil(at)), person.nextOffenceDay());
    }

    @Test void anOffenceThatDoesNotLeadToDetentionLeavesThePersonAtRiskOfTheNext() {
        releaseAndFollow(recidivism(world.parameters.recidivism(), 0), 2000, 25, 5, true);
        Map<Integer, Integer> firstDay = new HashMap<>();
        int seconds = 0;
        for (Reoffended o : world.events(Reoffended.class)) {
            if (o.offenceSinceRelease() == 1) firstDay.put(o.personId(), o.day());
            if (o.offenceSinceRelease() == 2) {
                seconds++;
                assertTrue(o.day() > firstDay.get(o.personId()));
            }
        }
        assertTrue(seconds > 0.2 * firstDay.size(), seconds + " second offences after " + firstDay.size() + " first");
    }

    @Test void aDetentionFollowsAnOffenceAfterAnExponentialDelay() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 1.0);
        for (int i = 0; i < 4000; i++) recidivism.startRisk(released(25, 5, true), 10);
        Map<Integer, Integer> offenceDay = new HashMap<>();
        double delays = 0;
        int detained = 0;
        for (int day = 11; day < Fixture.DAYS; day++) {
            recidivism.onDay(day);
            for (Reoffended o : world.events(Reoffended.class)) offenceDay.putIfAbsent(o.personId(), o.day());
            final int today = day;
            int[] sum = new int[2];
            redetentions.drain(day, id -> { sum[0] += today - offenceDay.get(id); sum[1]++; });
            delays += sum[0];
            detained += sum[1];
        }
        assertTrue(detained > 1000);
        double mean = Fixture.redetention(1.0).meanDaysOffenceToDetention();
        // a whole number of days, at least one: the ceiling adds about half a day to the exponential's mean
        assertEquals(mean + 0.5, delays / detained, 4 * mean / Math.sqrt(detained) + 0.1);
    }

    @Test void aSecondReassessmentSpendsTheHazardFromTheFirst() {
        Recidivism recidivism = recidivism(world.parameters.recidivism(), 0);
        int checked = 0;
        for (int i = 0; i < 300; i++) {
            Person person = atRiskWithoutAHome(recidivism);
            person.setHousing(Housing.WITH_OTHERS);
            recidivism.reassess(person, 40);
            if (offendsBy(person, 70)) continue;
            assertReassessed(recidivism, person, Housing.INSTITUTION, 40, 70);
            checked++;
        }
        assertTrue(checked > 100, "enough people still at risk on day 70: " + checked);
    }
}
