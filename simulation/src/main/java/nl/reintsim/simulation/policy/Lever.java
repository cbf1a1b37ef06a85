package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * A policy switch in a scenario: what it changes, and from which date. Sealed so that whatever shows a lever's
 * settings (the report) can be checked against every kind there is.
 */
public sealed interface Lever permits IdInDetention, CaseManagerCapacity, InformationSharing, RentContinuation, BijdrageregelingBudget,
        RegionalCoordination, StatutoryDuty, RioExpansion, HousingSupply {
    /** The lever's key in scenario files. */
    String key();

    /** First date on which the lever applies. */
    LocalDate from();
}
