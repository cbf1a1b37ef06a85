package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/** A policy switch in a scenario: what it changes, and from which date. */
public interface Lever {
    /** The lever's key in scenario files. */
    String key();

    /** First date on which the lever applies. */
    LocalDate from();
}
