package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.observation.Reoffended;
import nl.reintsim.simulation.parameters.RecidivismParameters;
import org.junit.jupiter.api.Test;

class RecidivismTest {
    private final Fixture world = new Fixture();
    private final RecidivismParameters parameters = Fixture.recidivism();

    private Recidivism recidivism(double probabilityDetention) {
        return new Recidivism(world.population, parameters, Fixture.redetention(probabilityDetention), world.streams,
                world.offences, world.redetentions, world.observer);
    }

    /** Releases {@code n} alike people on day 10 and runs the offence phase to the end of the fixture. */
    private void releaseAndFollow(Recidivism recidivism, int n, double age, int priors, boolean validId) {
        for (int i = 0; i < n; i++) {
            Person person = world.detained(age, priors, 10, validId);
            person.release(10);
            recidivism.startRisk(person, 10);
        }
        for (int day = 11; day < Fixture.DAYS; day++) recidivism.onDay(day);
    }

    @Test void theHazardBudgetIsSpentExactlyWhereTheCumulativeHazardReachesIt() {
        Recidivism recidivism = recidivism(0);
        double budget = 0.2, m = 1.4;
        double t = recidivism.daysUntilHazardSpent(0, budget, m);
        assertEquals(budget, m * parameters.cumulativeHazard(t), 1e-9);
        double later = recidivism.daysUntilHazardSpent(t, budget, m);
        assertEquals(2 * budget, m * parameters.cumulativeHazard(later), 1e-9);
    }

    @Test void aBudgetBeyondTheTotalHazardMeansNoFurtherOffence() {
        Recidivism recidivism = recidivism(0);
        assertTrue(Double.isInfinite(recidivism.daysUntilHazardSpent(0, parameters.totalHazard() * 1.01, 1.0)));
    }

    @Test void someReleasedPeopleNeverOffendAgain() {
        int n = 20_000;
        releaseAndFollow(recidivism(0), n, 30, 0, true);
        long ever = world.events(Reoffended.class).stream().filter(o -> o.offenceSinceRelease() == 1).count();
        double expected = 1 - Math.exp(-parameters.totalHazard());
        // the fixture follows people for ~13 years, when almost all of the hazard is spent
        double followed = 1 - Math.exp(-parameters.cumulativeHazard(Fixture.DAYS - 11));
        assertEquals(followed, ever / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n));
        assertTrue(expected < 0.8);
    }

    @Test void missingIdRaisesTheHazard() {
        Recidivism recidivism = recidivism(0);
        Person withId = world.detained(30, 0, 10, true);
        Person withoutId = world.detained(30, 0, 10, false);
        assertEquals(parameters.hazardRatioNoValidId(), recidivism.multiplier(withoutId, 10) / recidivism.multiplier(withId, 10), 1e-12);
    }

    @Test void olderPeopleHaveALowerHazard() {
        Recidivism recidivism = recidivism(0);
        assertTrue(recidivism.multiplier(world.detained(45, 0, 10, true), 10) < recidivism.multiplier(world.detained(25, 0, 10, true), 10));
    }

    @Test void priorOffencesRaiseTheHazardUpToTheCap() {
        Recidivism recidivism = recidivism(0);
        double none = recidivism.multiplier(world.detained(30, 0, 10, true), 10);
        double five = recidivism.multiplier(world.detained(30, 5, 10, true), 10);
        double atCap = recidivism.multiplier(world.detained(30, 10, 10, true), 10);
        double beyondCap = recidivism.multiplier(world.detained(30, 30, 10, true), 10);
        assertTrue(none < five && five < atCap);
        assertEquals(atCap, beyondCap, 1e-12);
    }

    @Test void shareOffendingWithinTwoYearsMatchesTheIntegratedHazard() {
        int n = 20_000;
        releaseAndFollow(recidivism(0), n, 30, 0, true);
        long within = world.events(Reoffended.class).stream()
                .filter(o -> o.offenceSinceRelease() == 1 && o.day() - o.releaseDay() <= 730).count();
        double expected = 1 - Math.exp(-parameters.cumulativeHazard(730));
        assertEquals(expected, within / (double) n, 4 * Math.sqrt(expected * (1 - expected) / n));
    }

    @Test void theHazardIsHighestRightAfterRelease() {
        releaseAndFollow(recidivism(0), 20_000, 30, 0, true);
        long firstQuarter = world.events(Reoffended.class).stream()
                .filter(o -> o.offenceSinceRelease() == 1 && o.day() - o.releaseDay() <= 91).count();
        long fourthQuarter = world.events(Reoffended.class).stream()
                .filter(o -> o.offenceSinceRelease() == 1 && o.day() - o.releaseDay() > 273 && o.day() - o.releaseDay() <= 364).count();
        assertTrue(firstQuarter > 1.5 * fourthQuarter, firstQuarter + " vs " + fourthQuarter);
    }

    @Test void aNewOffenceLeadsToDetentionWithItsProbability() {
        int n = 20_000;
        releaseAndFollow(recidivism(0.7), n, 30, 0, true);
        var first = world.events(Reoffended.class).stream().filter(o -> o.offenceSinceRelease() == 1).toList();
        double share = first.stream().filter(Reoffended::leadsToDetention).count() / (double) first.size();
        assertEquals(0.7, share, 4 * Math.sqrt(0.21 / first.size()));
    }

    @Test void someoneWaitingForANewDetentionCommitsNoFurtherOffence() {
        releaseAndFollow(recidivism(1.0), 2_000, 30, 0, true);
        assertTrue(world.events(Reoffended.class).stream().allMatch(o -> o.offenceSinceRelease() == 1));
    }

    @Test void withoutDetentionOffencesRepeat() {
        releaseAndFollow(recidivism(0.0), 2_000, 30, 0, true);
        assertTrue(world.events(Reoffended.class).stream().anyMatch(o -> o.offenceSinceRelease() > 1));
    }
}
