package nl.reintsim.output.kpi;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.observation.ModelEvent;
import nl.reintsim.simulation.observation.MonthEnded;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.observation.Released;
import nl.reintsim.simulation.observation.Reoffended;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * Turns one replication's events into its KPIs. Only the measurement period counts; warm-up events
 * are seen but not reported.
 *
 * <p>Follow-up indicators use the monitor's population: releases after a stay of at least 14 days
 * [W6], released in the measurement period early enough for the whole follow-up to lie before the
 * horizon. A recidivist is someone with a new offence (leading to a conviction) in the window.
 */
public final class KpiAccumulator implements Observer {
    /** Minimum stay for the monitor population [W6: detained at least two weeks]. */
    static final int MONITOR_MINIMUM_STAY_DAYS = 14;
    static final int ONE_YEAR_DAYS = 365;
    static final int TWO_YEARS_DAYS = 730;
    static final int FOUR_WEEKS_DAYS = 28;
    static final int THREE_MONTHS_DAYS = 91;

    private final String scenario;
    private final int replication;
    private final int measureFrom;
    private final int end;
    private final int firstMonth;
    private final int months;
    private final SimCalendar calendar;

    private long releases;
    private long staysUnder4Weeks;
    private long staysUnder3Months;
    private long stayDaysTotal;
    private long monitorReleases;
    private long monitorNoId;
    private long stockMonths;
    private long stockTotal;

    /** Per person: day of the last release if it belongs to the follow-up cohort, else -1. */
    private int[] cohortReleaseDay = new int[1024];
    /** Per person: whether the first offence after that release was already counted. */
    private boolean[] counted = new boolean[1024];

    private final long[] cohort1y;
    private final long[] reoffended1y;
    private final long[] cohort2y;
    private final long[] reoffended2y;
    private final long[] redetained2y;
    private final long[] releasesByMonth;
    private final double[] stockByMonth;

    public KpiAccumulator(String scenario, int replication, SimCalendar calendar) {
        this.scenario = scenario;
        this.replication = replication;
        this.calendar = calendar;
        this.measureFrom = calendar.measurementStartDay();
        this.end = calendar.totalDays();
        this.firstMonth = calendar.monthIndex(measureFrom);
        this.months = calendar.monthCount() - firstMonth;
        cohort1y = new long[months];
        reoffended1y = new long[months];
        cohort2y = new long[months];
        reoffended2y = new long[months];
        redetained2y = new long[months];
        releasesByMonth = new long[months];
        stockByMonth = new double[months];
        Arrays.fill(stockByMonth, Double.NaN);
        Arrays.fill(cohortReleaseDay, -1);
    }

    @Override public void on(ModelEvent event) {
        if (event instanceof Released r) onReleased(r);
        else if (event instanceof Reoffended o) onReoffended(o);
        else if (event instanceof Detained d) onDetained(d);
        else if (event instanceof MonthEnded m) onMonthEnded(m);
    }

    private void onReleased(Released r) {
        ensureCapacity(r.personId());
        cohortReleaseDay[r.personId()] = -1;
        counted[r.personId()] = false;
        if (r.day() < measureFrom) return;
        int month = monthOf(r.day());
        releases++;
        releasesByMonth[month]++;
        stayDaysTotal += r.stayDays();
        if (r.stayDays() <= FOUR_WEEKS_DAYS) staysUnder4Weeks++;
        if (r.stayDays() < THREE_MONTHS_DAYS) staysUnder3Months++;
        if (r.stayDays() < MONITOR_MINIMUM_STAY_DAYS) return;
        monitorReleases++;
        if (!r.hasValidId()) monitorNoId++;
        if (r.day() + ONE_YEAR_DAYS <= end) {
            cohort1y[month]++;
            cohortReleaseDay[r.personId()] = r.day();
        }
        if (r.day() + TWO_YEARS_DAYS <= end) cohort2y[month]++;
    }

    private void onReoffended(Reoffended o) {
        int id = o.personId();
        if (id >= cohortReleaseDay.length || o.offenceSinceRelease() != 1) return;
        int releaseDay = cohortReleaseDay[id];
        if (releaseDay < 0 || releaseDay != o.releaseDay() || counted[id]) return;
        counted[id] = true;
        int month = monthOf(releaseDay);
        int after = o.day() - releaseDay;
        if (after <= ONE_YEAR_DAYS) reoffended1y[month]++;
        if (after <= TWO_YEARS_DAYS && releaseDay + TWO_YEARS_DAYS <= end) reoffended2y[month]++;
    }

    private void onDetained(Detained d) {
        int id = d.personId();
        if (id >= cohortReleaseDay.length || d.previousReleaseDay() < 0) return;
        int releaseDay = cohortReleaseDay[id];
        if (releaseDay < 0 || releaseDay != d.previousReleaseDay()) return;
        if (d.day() - releaseDay <= TWO_YEARS_DAYS && releaseDay + TWO_YEARS_DAYS <= end) {
            redetained2y[monthOf(releaseDay)]++;
        }
    }

    private void onMonthEnded(MonthEnded m) {
        if (m.day() < measureFrom) return;
        stockByMonth[m.monthIndex() - firstMonth] = m.inDetention();
        stockMonths++;
        stockTotal += m.inDetention();
    }

    private int monthOf(int day) { return calendar.monthIndex(day) - firstMonth; }

    private void ensureCapacity(int id) {
        if (id < cohortReleaseDay.length) return;
        int size = Math.max(id + 1, cohortReleaseDay.length * 2);
        int old = cohortReleaseDay.length;
        cohortReleaseDay = Arrays.copyOf(cohortReleaseDay, size);
        Arrays.fill(cohortReleaseDay, old, size, -1);
        counted = Arrays.copyOf(counted, size);
    }

    /** The KPIs, once the replication has run. */
    public ReplicationKpis result() {
        Map<Kpi, Double> values = new EnumMap<>(Kpi.class);
        values.put(Kpi.RELEASES_PER_YEAR, releases / calendar.measurementYears());
        values.put(Kpi.SHARE_STAYS_UNDER_4_WEEKS, ratio(staysUnder4Weeks, releases));
        values.put(Kpi.SHARE_STAYS_UNDER_3_MONTHS, ratio(staysUnder3Months, releases));
        values.put(Kpi.MEAN_STAY_DAYS, ratio(stayDaysTotal, releases));
        values.put(Kpi.PRISON_POPULATION, ratio(stockTotal, stockMonths));
        values.put(Kpi.NO_ID_AT_RELEASE, ratio(monitorNoId, monitorReleases));
        values.put(Kpi.RECIDIVISM_1Y, ratio(sum(reoffended1y), sum(cohort1y)));
        values.put(Kpi.RECIDIVISM_2Y, ratio(sum(reoffended2y), sum(cohort2y)));
        values.put(Kpi.REDETENTION_2Y, ratio(sum(redetained2y), sum(cohort2y)));

        Map<Kpi, double[]> monthly = new EnumMap<>(Kpi.class);
        double[] releasesPerYear = new double[months];
        double[] recidivism1y = new double[months];
        double[] recidivism2y = new double[months];
        double[] redetention2y = new double[months];
        for (int m = 0; m < months; m++) {
            releasesPerYear[m] = releasesByMonth[m] * 12.0;
            recidivism1y[m] = ratio(reoffended1y[m], cohort1y[m]);
            recidivism2y[m] = ratio(reoffended2y[m], cohort2y[m]);
            redetention2y[m] = ratio(redetained2y[m], cohort2y[m]);
        }
        monthly.put(Kpi.RELEASES_PER_YEAR, releasesPerYear);
        monthly.put(Kpi.PRISON_POPULATION, stockByMonth.clone());
        monthly.put(Kpi.RECIDIVISM_1Y, recidivism1y);
        monthly.put(Kpi.RECIDIVISM_2Y, recidivism2y);
        monthly.put(Kpi.REDETENTION_2Y, redetention2y);
        return new ReplicationKpis(scenario, replication, values, monthly);
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) s += v;
        return s;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
