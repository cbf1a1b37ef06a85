package nl.reintsim.output.kpi;

/**
 * The reported indicators: stable snake_case names, what each measures, and which direction is an
 * improvement (for "in 87% of runs recidivism was lower").
 */
public enum Kpi {
    RELEASES_PER_YEAR("releases_per_year", "releases from a PI per year (all stays)", "per year", Direction.NEUTRAL),
    SHARE_STAYS_UNDER_4_WEEKS("share_stays_under_4_weeks", "share of releases after a stay of at most 28 days", "share", Direction.NEUTRAL),
    SHARE_STAYS_UNDER_3_MONTHS("share_stays_under_3_months", "share of releases after a stay of less than 91 days", "share", Direction.NEUTRAL),
    MEAN_STAY_DAYS("mean_stay_days", "mean stay of released people", "days", Direction.NEUTRAL),
    PRISON_POPULATION("prison_population", "people in detention at month end, averaged over months", "persons", Direction.NEUTRAL),
    NO_ID_AT_RELEASE("no_id_at_release", "share without a valid ID at release (stays of 14 days or more)", "share", Direction.LOWER_IS_BETTER),
    RECIDIVISM_1Y("recidivism_1y", "share with a new offence within 1 year of release (stays of 14 days or more)", "share", Direction.LOWER_IS_BETTER),
    RECIDIVISM_2Y("recidivism_2y", "share with a new offence within 2 years of release (stays of 14 days or more)", "share", Direction.LOWER_IS_BETTER),
    REDETENTION_2Y("redetention_2y", "share back in detention within 2 years of release (stays of 14 days or more)", "share", Direction.LOWER_IS_BETTER);

    /** Which way is better, from the point of view of the policy goal. */
    public enum Direction { LOWER_IS_BETTER, HIGHER_IS_BETTER, NEUTRAL }

    private final String key;
    private final String description;
    private final String unit;
    private final Direction direction;

    Kpi(String key, String description, String unit, Direction direction) {
        this.key = key;
        this.description = description;
        this.unit = unit;
        this.direction = direction;
    }

    public String key() { return key; }
    public String description() { return description; }
    public String unit() { return unit; }
    public Direction direction() { return direction; }

    public static Kpi byKey(String key) {
        for (Kpi kpi : values()) if (kpi.key.equals(key)) return kpi;
        return null;
    }
}
