package nl.reintsim.simulation.observation;

/** A municipal coordinator took on a person, after waiting {@code waitedDays} for a free slot. */
public record CaseOpened(int day, int personId, int municipality, boolean afterRelease, int waitedDays)
        implements ModelEvent { }
