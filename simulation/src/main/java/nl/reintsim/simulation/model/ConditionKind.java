package nl.reintsim.simulation.model;

/**
 * The changes of basic conditions that are scheduled as events, one pending per kind and person.
 * The endings of temporary situations (a shelter stay or the wait for a bed, supported housing, a course)
 * are {@link #isEnding() endings}.
 */
public enum ConditionKind {
    ARRANGE_ID, ARRANGE_BENEFIT, FIND_WORK, FIND_SHELTER, FIND_HOUSING, ARRANGE_CARE, DEBT_APPROACH,
    LOSE_JOB, LOSE_HOME, LOSE_ID, INSURANCE_DEFAULT, WORK_SIX_MONTHS,
    LEAVE_SHELTER, MOVE_ON_FROM_SUPPORTED_HOUSING, START_EDUCATION, END_EDUCATION;

    /**
     * Whether this ends a temporary situation. Endings are scheduled even beyond the follow-up period,
     * so that nobody keeps a shelter bed or a supported-housing place for ever once the model stops
     * following their other conditions.
     */
    public boolean isEnding() {
        return this == LEAVE_SHELTER || this == MOVE_ON_FROM_SUPPORTED_HOUSING || this == END_EDUCATION;
    }
}
