package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.model.MunicipalityProfile;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.observation.BudgetYear;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.parameters.BijdrageregelingParameters;
import nl.reintsim.simulation.policy.BijdrageregelingBudget;
import nl.reintsim.simulation.policy.LeverSchedule;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * The Bijdrageregeling subsidy (ODD 7.10) [BR, K25, K26]. At the start of each calendar year every
 * municipality may apply for at most its share of the budget by the key: its share of last year's
 * releases, as counted in the model (in the first simulated year there is no key yet). It applies if it
 * knows the scheme, expects enough returnees to make it worth the effort (members of a regional point
 * apply jointly, so their small numbers do not stop them), and meets the criteria. Money not applied for
 * is redistributed over applicants that asked for more. Grants pay work-and-housing trajectories for
 * released people with a municipal case, first come first served, until the year's grant is used; what
 * is left is underspend, accounted afterwards.
 */
public final class Bijdrageregeling extends DailyMechanism {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final BijdrageregelingParameters parameters;
    private final SimCalendar calendar;
    private final KeyedRandom random;
    private final Observer observer;
    private final LeverSchedule levers;
    private final double[] grant;
    private final int[] trajectoriesLeft;
    private final int[] trajectoriesUsed;
    private final int[] releasesLastYear;
    private final int[] releasesThisYear;
    private int year = Integer.MIN_VALUE;
    /** This year's budget: the parameter file's, or a lever's once in force. */
    private double budget;
    private int applications;
    private int funded;
    private double granted;

    public Bijdrageregeling(World world, BijdrageregelingParameters parameters, LeverSchedule levers, SimCalendar calendar,
                            RandomStreams streams, Observer observer) {
        this.world = world;
        this.levers = levers;
        this.parameters = parameters;
        this.calendar = calendar;
        this.random = streams.keyed(RandomPurpose.BIJDRAGEREGELING);
        this.observer = observer;
        this.grant = new double[world.size()];
        this.trajectoriesLeft = new int[world.size()];
        this.trajectoriesUsed = new int[world.size()];
        this.releasesLastYear = new int[world.size()];
        this.releasesThisYear = new int[world.size()];
    }

    /** Takes over this year's grants, trajectories and counts from {@code other}, the mechanism of the same world. */
    void copyStateFrom(Bijdrageregeling other) {
        System.arraycopy(other.grant, 0, grant, 0, grant.length);
        System.arraycopy(other.trajectoriesLeft, 0, trajectoriesLeft, 0, trajectoriesLeft.length);
        System.arraycopy(other.trajectoriesUsed, 0, trajectoriesUsed, 0, trajectoriesUsed.length);
        System.arraycopy(other.releasesLastYear, 0, releasesLastYear, 0, releasesLastYear.length);
        System.arraycopy(other.releasesThisYear, 0, releasesThisYear, 0, releasesThisYear.length);
        year = other.year;
        budget = other.budget;
        applications = other.applications;
        funded = other.funded;
        granted = other.granted;
    }

    @Override protected void onDay(int day) {
        int thisYear = calendar.date(day).getYear();
        if (thisYear != year) {
            year = thisYear;
            System.arraycopy(releasesThisYear, 0, releasesLastYear, 0, releasesThisYear.length);
            java.util.Arrays.fill(releasesThisYear, 0);
            allocate(day);
        }
        boolean lastDayOfYear = day + 1 == calendar.totalDays() || calendar.date(day + 1).getYear() != thisYear;
        if (lastDayOfYear) closeYear(day);
    }

    void allocate(int day) {
        long total = 0;
        for (int released : releasesLastYear) total += released;
        BijdrageregelingBudget lever = levers.bijdrageregeling(day);
        budget = lever == null ? parameters.budgetEurosPerYear() : lever.budgetEurosPerYear();
        double minimumReturnees = lever == null ? parameters.minimumReturneesPerYearToApply() : lever.minimumReturneesPerYearToApply();
        String distribution = lever == null ? "releases" : lever.distributionKey();
        boolean perCase = lever != null && lever.perCaseFunding();
        long population = 0;
        for (MunicipalityProfile m : world.municipalities()) population += m.municipality().population();
        boolean[] applies = new boolean[world.size()];
        boolean[] asksMore = new boolean[world.size()];
        double[] keyShare = new double[world.size()];
        double unclaimed = 0;
        double moreWanted = 0;
        applications = 0;
        funded = 0;
        granted = 0;
        for (int i = 0; i < world.size(); i++) {
            MunicipalityProfile m = world.municipality(i);
            double share = switch (distribution) {
                case "population" -> m.municipality().population() / (double) population;
                case "equal" -> 1.0 / world.size();
                default -> total == 0 ? 0 : releasesLastYear[i] / (double) total;
            };
            double maximum = budget * share;
            long key = (long) year << 20 | i;
            boolean aware = random.uniform(key, 0) < parameters.probabilityAware().of(m.sizeClass());
            boolean worthIt = releasesLastYear[i] > 0
                    && (levers.isInRegionalPoint(m, day) || releasesLastYear[i] >= minimumReturnees);
            if (aware && worthIt) applications++;
            applies[i] = perCase ? releasesLastYear[i] > 0
                    : aware && worthIt && random.uniform(key, 1) < parameters.probabilityMeetsCriteria();
            asksMore[i] = applies[i] && random.uniform(key, 2) < parameters.probabilityAsksForMore();
            grant[i] = applies[i] ? maximum : 0;
            if (!applies[i]) unclaimed += maximum;
            if (asksMore[i]) moreWanted += maximum;
            keyShare[i] = share;
        }
        for (int i = 0; i < world.size(); i++) {
            if (asksMore[i] && moreWanted > 0) grant[i] += unclaimed * budget * keyShare[i] / moreWanted;
            trajectoriesLeft[i] = (int) Math.floor(grant[i] / parameters.costPerTrajectoryEuros());
            trajectoriesUsed[i] = 0;
            if (grant[i] > 0) funded++;
            granted += grant[i];
        }
    }

    private void closeYear(int day) {
        int trajectories = 0;
        for (int used : trajectoriesUsed) trajectories += used;
        double spent = trajectories * parameters.costPerTrajectoryEuros();
        observer.on(new BudgetYear(day, year, applications, funded, granted, spent,
                budget - spent, trajectories));
    }

    /** Trajectories the municipality can still fund this year. */
    int trajectoriesLeft(int municipality) { return trajectoriesLeft[municipality]; }

    /** Money granted to the municipality this year, euros. */
    double grant(int municipality) { return grant[municipality]; }

    /** Counts a release for next year's key without starting anything (for tests). */
    void countRelease(int municipality) {
        releasesThisYear[municipality]++;
    }

    /** On release: a funded trajectory for someone the municipality works with, while its grant lasts. */
    void onRelease(Person person, int day) {
        int m = person.municipality();
        releasesThisYear[m]++;
        if (!person.hasMunicipalCase(day) || trajectoriesLeft[m] <= 0) return;
        trajectoriesLeft[m]--;
        trajectoriesUsed[m]++;
        person.startFundedTrajectory(day + (int) parameters.trajectoryDays());
    }
}
