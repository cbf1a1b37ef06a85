package nl.reintsim.simulation.observation;

import nl.reintsim.simulation.model.ConditionKind;

/** A basic condition was arranged or lost. {@code releaseDay} is the last release (or -1). */
public record ConditionChanged(int day, int personId, ConditionKind kind, int releaseDay, boolean inDetention)
        implements ModelEvent { }
