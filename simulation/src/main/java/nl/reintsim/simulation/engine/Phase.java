package nl.reintsim.simulation.engine;

/**
 * Order of mechanisms within one simulated day (ODD 3, process overview and scheduling). Each phase
 * is one MASON schedule entry with its ordinal as ordering, so MASON never has two entries at the same
 * (time, ordering) and never shuffles.
 */
public enum Phase {
    /** The Bijdrageregeling grants a year's budget on its first day and accounts for it on its last. */
    BUDGET,
    /** New detentions: newcomers and people brought back after an offence. */
    INFLOW,
    /** Case-manager intakes due today; the plan may be shared with the municipality. */
    INTAKE,
    /** Municipalities learn of detentions, make contact, and close cases. */
    NOTIFICATION,
    /** RIO mentoring and probation supervision that end today, and their freed places. */
    SUPPORT,
    /** Shelter beds and supported-housing places added by a housing lever, on its first day. */
    ACCOMMODATION,
    /** Homes, jobs and benefits lost during detention. */
    DETENTION_DAMAGE,
    /** The PI's own ID route completes. */
    PREPARATION,
    /** Basic conditions arranged or lost, in detention and after release. */
    CONDITION_CHANGE,
    /** People whose stay ends today leave, with the state of their basic conditions. */
    RELEASE,
    /** New offences due today, and whether they lead to a new detention. */
    RECIDIVISM,
    /** Monitor moments and end-of-month stocks. */
    OBSERVATION
}
