package nl.reintsim.simulation.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The model's one clock: schedule day 0 is {@link #origin()}, one schedule step is one calendar day.
 * Every conversion between dates in files and schedule days goes through here (ODD 2, scales).
 *
 * <p>The origin lies {@code warmupYears} before the scenario's start, so that prison stock and the
 * post-release population are in steady state when measurement begins at {@link #measurementStart()}.
 */
public final class SimCalendar {
    private final LocalDate origin;
    private final LocalDate measurementStart;
    private final LocalDate end;
    private final int[] monthIndexOfDay;
    /** Working days (Monday to Friday) from the origin up to and including each day. */
    private final int[] workingDaysThrough;
    private final YearMonth firstMonth;

    public SimCalendar(LocalDate measurementStart, int warmupYears, int horizonYears) {
        if (warmupYears < 0) throw new IllegalArgumentException("warmupYears must be >= 0, was " + warmupYears);
        if (horizonYears < 1) throw new IllegalArgumentException("horizonYears must be >= 1, was " + horizonYears);
        this.measurementStart = measurementStart;
        this.origin = measurementStart.minusYears(warmupYears);
        this.end = measurementStart.plusYears(horizonYears);
        this.firstMonth = YearMonth.from(origin);
        int days = totalDays();
        this.monthIndexOfDay = new int[days];
        this.workingDaysThrough = new int[days];
        int working = 0;
        for (int day = 0; day < days; day++) {
            LocalDate date = origin.plusDays(day);
            monthIndexOfDay[day] = (int) ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(date));
            if (date.getDayOfWeek() != java.time.DayOfWeek.SATURDAY && date.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) working++;
            workingDaysThrough[day] = working;
        }
    }

    public LocalDate origin() { return origin; }
    public LocalDate measurementStart() { return measurementStart; }
    /** First day after the horizon (exclusive end). */
    public LocalDate end() { return end; }

    public int totalDays() { return (int) ChronoUnit.DAYS.between(origin, end); }
    public int measurementStartDay() { return day(measurementStart); }
    public int measurementDays() { return totalDays() - measurementStartDay(); }
    public double measurementYears() { return measurementDays() / 365.25; }

    /** Schedule day of a date; dates before the origin give negative days. */
    public int day(LocalDate date) { return (int) ChronoUnit.DAYS.between(origin, date); }

    public LocalDate date(int day) { return origin.plusDays(day); }

    /** Months since the origin's month, for monthly time series. */
    public int monthIndex(int day) { return monthIndexOfDay[day]; }

    public YearMonth month(int monthIndex) { return firstMonth.plusMonths(monthIndex); }

    public int monthCount() { return monthIndexOfDay[totalDays() - 1] + 1; }

    /**
     * The day on which {@code workingDays} working days (Monday to Friday; public holidays are ignored,
     * an approximation) have passed after {@code day}. Beyond the horizon it counts five per week.
     */
    public int plusWorkingDays(int day, int workingDays) {
        if (workingDays <= 0) return day;
        int target = workingDaysThrough[day] + workingDays;
        int last = workingDaysThrough.length - 1;
        if (target > workingDaysThrough[last]) return last + (int) Math.ceil((target - workingDaysThrough[last]) * 7 / 5.0);
        int low = day + 1, high = last;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (workingDaysThrough[mid] >= target) high = mid; else low = mid + 1;
        }
        return low;
    }
}
