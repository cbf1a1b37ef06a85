package nl.reintsim.simulation.observation;

import nl.reintsim.simulation.model.DetentionType;

/** A person left the PI; the state of their basic conditions at that moment. */
public record Released(int day, int personId, int episode, DetentionType type, int stayDays,
                       double ageYears, boolean hasValidId) implements ModelEvent { }
