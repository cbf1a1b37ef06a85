package nl.reintsim.simulation.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SimCalendarTest {
    private final SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 1, 1), 2, 3);

    @Test void originLiesWarmupYearsBeforeMeasurementStart() {
        assertEquals(LocalDate.of(2024, 1, 1), calendar.origin());
        assertEquals(731, calendar.measurementStartDay());
        assertEquals(LocalDate.of(2029, 1, 1), calendar.end());
    }

    @Test void dayAndDateConvertBothWays() {
        LocalDate date = LocalDate.of(2027, 3, 15);
        assertEquals(date, calendar.date(calendar.day(date)));
    }

    @Test void tenWorkingDaysFromAMondaySpanTwoWeeks() {
        int monday = calendar.day(LocalDate.of(2026, 1, 5));
        assertEquals(calendar.day(LocalDate.of(2026, 1, 19)), calendar.plusWorkingDays(monday, 10));
    }

    @Test void workingDaysFromAFridaySkipTheWeekend() {
        int friday = calendar.day(LocalDate.of(2026, 1, 9));
        assertEquals(calendar.day(LocalDate.of(2026, 1, 12)), calendar.plusWorkingDays(friday, 1));
    }

    @Test void monthIndexCountsCalendarMonthsFromTheOrigin() {
        assertEquals(0, calendar.monthIndex(0));
        assertEquals(24, calendar.monthIndex(calendar.measurementStartDay()));
        assertEquals(YearMonth.of(2026, 1), calendar.month(24));
        assertEquals(60, calendar.monthCount());
    }

    @Test void aHorizonBelowOneYearIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SimCalendar(LocalDate.of(2026, 1, 1), 2, 0));
    }
}
