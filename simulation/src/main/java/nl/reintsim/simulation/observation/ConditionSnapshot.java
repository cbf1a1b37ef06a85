package nl.reintsim.simulation.observation;

import nl.reintsim.simulation.model.Conditions;

/**
 * The basic conditions at one of the monitor's moments around a release [W6].
 *
 * @param releaseDay   the (planned) release day the moment refers to
 * @param stayDays     length of that stay
 * @param inDetention  the person is (again) in detention at the moment
 */
public record ConditionSnapshot(int day, int personId, Moment moment, int releaseDay, int stayDays, int municipality,
                                Conditions conditions, boolean inDetention) implements ModelEvent {
    /** The monitor's measuring moments. */
    public enum Moment {
        SIX_MONTHS_BEFORE("6m_before", -182), ONE_MONTH_BEFORE("1m_before", -30), AT_RELEASE("at_release", 0),
        ONE_MONTH_AFTER("1m_after", 30), SIX_MONTHS_AFTER("6m_after", 182), ONE_YEAR_AFTER("12m_after", 365),
        TWO_YEARS_AFTER("24m_after", 730);

        private final String key;
        private final int daysFromRelease;

        Moment(String key, int daysFromRelease) {
            this.key = key;
            this.daysFromRelease = daysFromRelease;
        }

        public String key() { return key; }
        public int daysFromRelease() { return daysFromRelease; }
    }
}
