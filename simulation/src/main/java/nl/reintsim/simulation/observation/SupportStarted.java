package nl.reintsim.simulation.observation;

/**
 * A place of a finite capacity was taken after waiting {@code waitedDays} for it: RIO mentoring, probation
 * supervision, a shelter bed or a supported-housing place.
 */
public record SupportStarted(int day, int personId, Kind kind, int municipality, int waitedDays) implements ModelEvent {
    public enum Kind { RIO, PROBATION, SHELTER_BED, SUPPORTED_HOUSING }
}
