package nl.reintsim.simulation.policy;

import nl.reintsim.simulation.time.SimCalendar;

/**
 * The scenario's levers with their start dates turned into schedule days: mechanisms ask it what is
 * in force today, so a lever can never act before its {@code from:} date.
 */
public final class LeverSchedule {
    private final Levers levers;
    private final int idInDetentionFrom;

    public LeverSchedule(Levers levers, SimCalendar calendar) {
        this.levers = levers;
        this.idInDetentionFrom = levers.idInDetention() == null ? Integer.MAX_VALUE : calendar.day(levers.idInDetention().from());
    }

    public static LeverSchedule none(SimCalendar calendar) { return new LeverSchedule(Levers.none(), calendar); }

    /** The ID lever if it is in force on this day, else null. */
    public IdInDetention idInDetention(int day) {
        return day >= idInDetentionFrom ? levers.idInDetention() : null;
    }
}
