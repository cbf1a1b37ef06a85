package nl.reintsim.simulation.model;

/** The changes of basic conditions that are scheduled as events, one pending per kind and person. */
public enum ConditionKind {
    ARRANGE_ID, ARRANGE_BENEFIT, FIND_WORK, FIND_SHELTER, FIND_HOUSING, ARRANGE_CARE, DEBT_APPROACH,
    LOSE_JOB, LOSE_HOME, LOSE_ID, INSURANCE_DEFAULT, WORK_SIX_MONTHS
}
