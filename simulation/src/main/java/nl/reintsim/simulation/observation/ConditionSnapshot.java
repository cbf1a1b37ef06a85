package nl.reintsim.simulation.observation;

import nl.reintsim.simulation.model.Conditions;

/**
 * The basic conditions at one of the monitor's moments around a detention and its release [W6].
 *
 * @param releaseDay   the (planned) release day of the detention the moment belongs to
 * @param stayDays     length of that stay
 * @param inDetention  the person is (again) in detention at the moment; a "before" moment is taken on the day
 *                     of admission, before anything of the detention has acted, and counts as in detention
 */
public record ConditionSnapshot(int day, int personId, Moment moment, int releaseDay, int stayDays, int municipality,
                                Conditions conditions, boolean inDetention) implements ModelEvent {
    /**
     * The monitor's measuring moments. The two "before" moments count back from the start of the detention, as
     * the WODC monitor's do (it describes the conditions on entering prison, at release and after); the others
     * count on from the release.
     */
    public enum Moment {
        SIX_MONTHS_BEFORE("6m_before", -182), ONE_MONTH_BEFORE("1m_before", -30), AT_RELEASE("at_release", 0),
        ONE_MONTH_AFTER("1m_after", 30), SIX_MONTHS_AFTER("6m_after", 182), ONE_YEAR_AFTER("12m_after", 365),
        TWO_YEARS_AFTER("24m_after", 730);

        private final String key;
        /** Days after the release; negative: days before the start of the detention. */
        private final int days;

        Moment(String key, int days) {
            this.key = key;
            this.days = days;
        }

        public String key() { return key; }
        /** Before the detention began, rather than at or after its release. */
        public boolean isBeforeDetention() { return days < 0; }
        /** Days after the release; only for a moment that is not {@link #isBeforeDetention before the detention}. */
        public int daysFromRelease() {
            if (isBeforeDetention()) throw new IllegalStateException(this + " counts from the start of the detention");
            return days;
        }
    }
}
