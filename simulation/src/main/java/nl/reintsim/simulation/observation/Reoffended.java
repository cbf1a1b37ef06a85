package nl.reintsim.simulation.observation;

/**
 * A new offence (one that leads to a conviction) after release.
 *
 * @param releaseDay           day of the release this offence follows
 * @param offenceSinceRelease  1 for the first offence after that release
 * @param leadsToDetention     whether it brings the person back into a PI
 */
public record Reoffended(int day, int personId, int releaseDay, int offenceSinceRelease,
                         boolean leadsToDetention) implements ModelEvent { }
