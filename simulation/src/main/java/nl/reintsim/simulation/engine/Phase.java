package nl.reintsim.simulation.engine;

/**
 * Order of mechanisms within one simulated day (ODD 3, process overview and scheduling). Each phase
 * is one MASON schedule entry with its ordinal as ordering, so MASON never has two entries at the same
 * (time, ordering) and never shuffles.
 */
public enum Phase {
    /** New detentions: newcomers and people brought back after an offence. */
    INFLOW,
    /** Work done during detention whose time has come, such as an ID application completing. */
    PREPARATION,
    /** People whose stay ends today leave, with the state of their basic conditions. */
    RELEASE,
    /** New offences due today, and whether they lead to a new detention. */
    RECIDIVISM,
    /** End-of-day observation of stocks. */
    OBSERVATION
}
