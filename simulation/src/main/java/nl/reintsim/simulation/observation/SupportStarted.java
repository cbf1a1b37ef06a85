package nl.reintsim.simulation.observation;

/** RIO mentoring or probation supervision began, after waiting {@code waitedDays} for a place. */
public record SupportStarted(int day, int personId, Kind kind, int municipality, int waitedDays) implements ModelEvent {
    public enum Kind { RIO, PROBATION }
}
