package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.reintsim.simulation.capacity.Capacity;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.MunicipalityProfile;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.BudgetYear;
import nl.reintsim.simulation.observation.ModelEvent;
import nl.reintsim.simulation.parameters.BijdrageregelingParameters;
import nl.reintsim.simulation.parameters.BySizeClass;
import nl.reintsim.simulation.policy.BijdrageregelingBudget;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.policy.Levers;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.time.SimCalendar;
import org.junit.jupiter.api.Test;

class BijdrageregelingTest {
    private final SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 1, 1), 1, 3);
    private final List<ModelEvent> events = new ArrayList<>();

    /** Municipality 0 is large, 1 small, 2 small but in a regional point. */
    private final World world = new World(List.of(
            profile(0, SizeClass.G4, false), profile(1, SizeClass.UNDER_20K, false), profile(2, SizeClass.UNDER_20K, true)),
            new Capacity("probation", 10), Fixture.housingPlaces(3, 10, 10));

    private static MunicipalityProfile profile(int index, SizeClass size, boolean regionalPoint) {
        return new MunicipalityProfile(new Municipality(index, "M" + index, "M" + index, 10_000, size, "R", 4), 1.0,
                true, false, 0.99, 0.5, false, regionalPoint ? 0.0 : 0.99, 0.5, 0.5, 10, 0);
    }

    private LeverSchedule levers = LeverSchedule.none(calendar);

    private Bijdrageregeling subsidy(double budget, double asksForMore) {
        BijdrageregelingParameters p = new BijdrageregelingParameters(budget, BySizeClass.all(1.0), 5, 1.0, asksForMore,
                1000, 365, 1.5);
        return new Bijdrageregeling(world, p, levers, calendar, RandomStreams.forReplication(1, 0), events::add);
    }

    /** Runs the first year with the given releases per municipality, then opens the second year. */
    private Bijdrageregeling afterFirstYear(Bijdrageregeling subsidy, int... releases) {
        subsidy.onDay(0);
        for (int m = 0; m < releases.length; m++) for (int i = 0; i < releases[m]; i++) subsidy.countRelease(m);
        int secondYear = calendar.day(LocalDate.of(2026, 1, 1));
        for (int day = 1; day <= secondYear; day++) subsidy.onDay(day);
        return subsidy;
    }

    @Test void grantsFollowLastYearsReleasesAndNeverExceedTheBudget() {
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 90, 10, 0);
        assertEquals(90_000, subsidy.grant(0), 1e-6);
        assertEquals(10_000, subsidy.grant(1), 1e-6);
        assertTrue(subsidy.grant(0) + subsidy.grant(1) + subsidy.grant(2) <= 100_000 + 1e-6);
    }

    @Test void tooFewReturneesKeepASmallMunicipalityAwayUnlessItAppliesJointly() {
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 96, 2, 2);
        assertEquals(0, subsidy.grant(1), 1e-6);
        assertTrue(subsidy.grant(2) > 0, "a regional point applies jointly for its small members");
    }

    @Test void moneyNotAppliedForGoesToThoseWhoAskedForMore() {
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 1.0), 96, 2, 2);
        assertEquals(0, subsidy.grant(1), 1e-6);
        assertEquals(100_000, subsidy.grant(0) + subsidy.grant(2), 1e-6);
    }

    @Test void aGrantFundsTrajectoriesUntilItIsUsedAndTheRestIsUnspent() {
        Bijdrageregeling subsidy = afterFirstYear(subsidy(3_000, 0), 100, 0, 0);
        int start = calendar.day(LocalDate.of(2026, 1, 1));
        int funded = 0;
        for (int i = 0; i < 5; i++) {
            Person person = new Person(i, 30, start, 0, true);
            person.setOrigin(0);
            person.openMunicipalCase(0, start + 100);
            subsidy.onRelease(person, start);
            if (person.hasFundedTrajectory(start)) funded++;
        }
        assertEquals(3, funded);
        for (int day = start + 1; day < calendar.totalDays(); day++) subsidy.onDay(day);
        BudgetYear year = events.stream().filter(e -> e instanceof BudgetYear).map(e -> (BudgetYear) e)
                .filter(b -> b.year() == 2026).findFirst().orElseThrow();
        assertEquals(3, year.trajectories());
        assertEquals(0, year.unspentEuros(), 1e-6);
    }

    @Test void onlySomeoneTheMunicipalityWorksWithGetsATrajectory() {
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 100, 0, 0);
        int start = calendar.day(LocalDate.of(2026, 1, 1));
        Person person = new Person(0, 30, start, 0, true);
        person.setOrigin(0);
        subsidy.onRelease(person, start);
        assertFalse(person.hasFundedTrajectory(start));
    }

    @Test void aLargerBudgetFromTheLeversYearOnGrantsMore() {
        levers = new LeverSchedule(new Levers(null, null, null, null,
                new BijdrageregelingBudget(LocalDate.of(2026, 1, 1), 200_000, 5, "releases", false), null, null, null, null), calendar);
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 90, 10, 0);
        assertEquals(180_000, subsidy.grant(0), 1e-6);
        assertEquals(20_000, subsidy.grant(1), 1e-6);
    }

    @Test void anEqualKeyGivesEveryApplicantTheSameMaximum() {
        levers = new LeverSchedule(new Levers(null, null, null, null,
                new BijdrageregelingBudget(LocalDate.of(2026, 1, 1), 90_000, 5, "equal", false), null, null, null, null), calendar);
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 90, 10, 0);
        assertEquals(30_000, subsidy.grant(0), 1e-6);
        assertEquals(30_000, subsidy.grant(1), 1e-6);
        assertEquals(0, subsidy.grant(2), 1e-6, "no returnees, no application");
    }

    @Test void perCaseFundingReachesAMunicipalityWithTooFewReturneesToApply() {
        Bijdrageregeling today = afterFirstYear(subsidy(100_000, 0), 97, 3, 0);
        assertEquals(0, today.grant(1), 1e-6, "3 returnees are below the threshold of 5");
        levers = new LeverSchedule(new Levers(null, null, null, null,
                new BijdrageregelingBudget(LocalDate.of(2026, 1, 1), 100_000, 5, "releases", true), null, null, null, null), calendar);
        Bijdrageregeling perCase = afterFirstYear(subsidy(100_000, 0), 97, 3, 0);
        assertEquals(3_000, perCase.grant(1), 1e-6);
    }

    @Test void beforeTheLeversYearTheParameterBudgetHolds() {
        levers = new LeverSchedule(new Levers(null, null, null, null,
                new BijdrageregelingBudget(LocalDate.of(2027, 1, 1), 200_000, 5, "releases", false), null, null, null, null), calendar);
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 90, 10, 0);
        assertEquals(90_000, subsidy.grant(0), 1e-6);
    }

    @Test void aTrajectoryMakesWorkAndHousingComeFaster() {
        Fixture fixture = new Fixture();
        Person person = fixture.detained(30, 0, 10, true, 0);
        person.setHousing(Housing.NONE);
        person.release(10);
        double work = fixture.mechanisms.conditions().meanDays(person, ConditionKind.FIND_WORK, 20);
        double housing = fixture.mechanisms.conditions().meanDays(person, ConditionKind.FIND_HOUSING, 20);
        person.startFundedTrajectory(400);
        double ratio = fixture.parameters.bijdrageregeling().trajectoryRateRatio();
        assertEquals(work / ratio, fixture.mechanisms.conditions().meanDays(person, ConditionKind.FIND_WORK, 20), 1e-9);
        assertEquals(housing / ratio, fixture.mechanisms.conditions().meanDays(person, ConditionKind.FIND_HOUSING, 20), 1e-9);
    }

    private BudgetYear yearRecord(int year) {
        return events.stream().filter(e -> e instanceof BudgetYear).map(e -> (BudgetYear) e)
                .filter(b -> b.year() == year).findFirst().orElseThrow();
    }

    /** Someone from municipality 0 released on {@code day} with a municipal case open: a trajectory is funded if money is left. */
    private static Person releasedWithACase(Bijdrageregeling subsidy, int day) {
        Person person = new Person(0, 30, day, 0, true);
        person.setOrigin(0);
        person.openMunicipalCase(0, day + 100);
        subsidy.onRelease(person, day);
        return person;
    }

    @Test void theYearsRecordCountsApplicationsFundedMunicipalitiesAndWhatWasLeftUnspent() {
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 90, 10, 0);
        int start = calendar.day(LocalDate.of(2026, 1, 1));
        releasedWithACase(subsidy, start);
        for (int day = start + 1; day < calendar.day(LocalDate.of(2027, 1, 1)); day++) subsidy.onDay(day);
        BudgetYear year = yearRecord(2026);
        assertEquals(2, year.applications(), "the two municipalities with returnees apply; the one without does not");
        assertEquals(2, year.municipalitiesFunded());
        assertEquals(100_000, year.grantedEuros(), 1e-6);
        assertEquals(1, year.trajectories());
        assertEquals(99_000, year.unspentEuros(), 1e-6);
    }

    @Test void exactlyTheMinimumNumberOfReturneesIsEnoughToApply() {
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 95, 5, 0);
        assertEquals(5_000, subsidy.grant(1), 1e-6);
    }

    @Test void eachYearsKeyCountsOnlyThePreviousYearsReleases() {
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 90, 10, 0);
        for (int i = 0; i < 10; i++) subsidy.countRelease(0);
        for (int i = 0; i < 90; i++) subsidy.countRelease(1);
        int from = calendar.day(LocalDate.of(2026, 1, 1)) + 1, nextYear = calendar.day(LocalDate.of(2027, 1, 1));
        for (int day = from; day <= nextYear; day++) subsidy.onDay(day);
        assertEquals(10_000, subsidy.grant(0), 1e-6);
        assertEquals(90_000, subsidy.grant(1), 1e-6);
    }

    @Test void aFundedTrajectoryLastsItsDays() {
        Bijdrageregeling subsidy = afterFirstYear(subsidy(100_000, 0), 100, 0, 0);
        int start = calendar.day(LocalDate.of(2026, 1, 1));
        Person person = releasedWithACase(subsidy, start);
        assertTrue(person.hasFundedTrajectory(start + 365));
        assertFalse(person.hasFundedTrajectory(start + 366));
    }
}
