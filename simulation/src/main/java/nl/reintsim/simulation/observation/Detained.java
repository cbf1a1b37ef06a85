package nl.reintsim.simulation.observation;

import nl.reintsim.simulation.model.DetentionType;

/**
 * A detention episode began.
 *
 * @param plannedStayDays    days from {@code day} to the planned release: for someone the prison held when the run
 *                           began, only the part of the stay still to go
 * @param previousReleaseDay day of the person's last release, or -1 for a first detention in the model
 * @param municipality       index of the responsible municipality
 */
public record Detained(int day, int personId, int episode, DetentionType type, int plannedStayDays,
                       int previousReleaseDay, int municipality) implements ModelEvent { }
