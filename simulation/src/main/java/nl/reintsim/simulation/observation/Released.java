package nl.reintsim.simulation.observation;

import nl.reintsim.simulation.model.Conditions;
import nl.reintsim.simulation.model.DetentionType;

/**
 * A person left the PI: the state of the basic conditions at that moment, and who was involved.
 *
 * @param intakeWithinDeadline     the case manager's intake took place within the statutory deadline
 * @param notifiedBeforeRelease    the municipality knew of the detention before release
 * @param contactInDetention       the municipality had contact during detention
 * @param workAtEntry              in work when the detention began
 * @param male                     the person's sex (the housing association with recidivism differs [W6])
 */
public record Released(int day, int personId, int episode, DetentionType type, int stayDays, double ageYears,
                       int municipality, Conditions conditions, boolean intakeWithinDeadline,
                       boolean notifiedBeforeRelease, boolean contactInDetention, boolean sudden,
                       boolean probationFramework, boolean rio, boolean workAtEntry, boolean male) implements ModelEvent {
    public boolean hasValidId() { return conditions.hasValidId(); }
}
