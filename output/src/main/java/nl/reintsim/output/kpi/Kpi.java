package nl.reintsim.output.kpi;

/**
 * The reported indicators: stable snake_case names, what each measures, and which direction is an
 * improvement (for "in 87% of runs recidivism was lower"). "Monitor population" means releases after a
 * stay of at least 14 days, as in the WODC aftercare monitor [W6].
 */
public enum Kpi {
    RELEASES_PER_YEAR("releases_per_year", "releases from a PI per year (all stays)", "per year", Direction.NEUTRAL),
    SHARE_STAYS_UNDER_4_WEEKS("share_stays_under_4_weeks", "share of releases after a stay of at most 28 days", "share", Direction.NEUTRAL),
    SHARE_STAYS_UNDER_3_MONTHS("share_stays_under_3_months", "share of releases after a stay of less than 91 days", "share", Direction.NEUTRAL),
    MEAN_STAY_DAYS("mean_stay_days", "mean stay of released people", "days", Direction.NEUTRAL),
    PRISON_POPULATION("prison_population", "people in detention at month end, averaged over months", "persons", Direction.NEUTRAL),
    LARGE_CITY_SHARE_OF_RELEASES("large_city_share_of_releases", "share of releases to the three largest municipalities", "share", Direction.NEUTRAL),
    NO_ID_AT_RELEASE("no_id_at_release", "monitor population: no valid ID at release", "share", Direction.LOWER_IS_BETTER),
    NO_ID_6M_BEFORE("no_id_6m_before", "monitor population: no valid ID six months before the detention", "share", Direction.LOWER_IS_BETTER),
    NO_ID_YEAR_AFTER("no_id_year_after", "monitor population: no valid ID a year after release", "share", Direction.LOWER_IS_BETTER),
    NO_INCOME_AT_RELEASE("no_income_at_release", "monitor population: no work or benefit at release", "share", Direction.LOWER_IS_BETTER),
    NO_SHELTER_AT_RELEASE("no_shelter_at_release", "monitor population: no roof at all at release", "share", Direction.LOWER_IS_BETTER),
    NO_INCOME_MONTH_AFTER("no_income_month_after", "monitor population: no work or benefit one month after release", "share", Direction.LOWER_IS_BETTER),
    NO_ADDRESS_AFTER_RELEASE("no_address_after_release", "monitor population: no registered address one month after release", "share", Direction.LOWER_IS_BETTER),
    INSURANCE_DEFAULT_YEAR_AFTER("insurance_default_year_after", "monitor population: health-insurance defaulter a year after release", "share", Direction.LOWER_IS_BETTER),
    NO_WORK_OR_EDUCATION_MONTH_AFTER("no_work_or_education_month_after", "monitor population: neither in work nor in education one month after release", "share", Direction.LOWER_IS_BETTER),
    WORK_6M_BEFORE("work_6m_before", "monitor population: in work six months before the detention", "share", Direction.HIGHER_IS_BETTER),
    WORK_AFTER_RELEASE("work_after_release", "monitor population: in work right after release", "share", Direction.HIGHER_IS_BETTER),
    WORK_WITHIN_2Y("work_within_2y", "monitor population: in work at some time within two years of release", "share", Direction.HIGHER_IS_BETTER),
    BENEFIT_AFTER_RELEASE("benefit_after_release", "monitor population: on a benefit one month after release", "share", Direction.NEUTRAL),
    JOB_RETAINED_SHORT_STAY("job_retained_short_stay", "of those in work at entry with a stay under 3 months: still in work at release", "share", Direction.HIGHER_IS_BETTER),
    JOB_RETAINED_LONG_STAY("job_retained_long_stay", "of those in work at entry with a stay of 3 months or more: still in work at release", "share", Direction.HIGHER_IS_BETTER),
    JOB_FOUND_AFTER_RELEASE("job_found_after_release", "of those not in work at release: found work within two years", "share", Direction.HIGHER_IS_BETTER),
    EVER_WITHOUT_SHELTER("ever_without_shelter", "monitor population: without any roof at some time in the year after release", "share", Direction.LOWER_IS_BETTER),
    INTAKE_WITHIN_10_WORKDAYS("intake_within_10_workdays", "releases whose case-manager intake met the 10-working-day deadline", "share", Direction.HIGHER_IS_BETTER),
    NOTIFIED_BEFORE_RELEASE("notified_before_release", "releases of which the municipality knew before release", "share", Direction.HIGHER_IS_BETTER),
    MUNICIPAL_CONTACT_DURING_DETENTION("municipal_contact_during_detention", "releases with municipal contact during detention", "share", Direction.HIGHER_IS_BETTER),
    MUNICIPAL_CONTACT_AFTER_RELEASE("municipal_contact_after_release", "releases with a municipal case open in the month after release", "share", Direction.HIGHER_IS_BETTER),
    RECIDIVISM_1Y("recidivism_1y", "monitor population: new offence within 1 year of release", "share", Direction.LOWER_IS_BETTER),
    RECIDIVISM_2Y("recidivism_2y", "monitor population: new offence within 2 years of release", "share", Direction.LOWER_IS_BETTER),
    REDETENTION_2Y("redetention_2y", "monitor population: back in detention within 2 years of release", "share", Direction.LOWER_IS_BETTER),
    RIO_PARTICIPANTS("rio_participants", "people starting RIO mentoring per year", "per year", Direction.NEUTRAL),
    BIJDRAGEREGELING_APPLICATIONS("bijdrageregeling_applications", "municipalities applying to the Bijdrageregeling per year", "per year", Direction.NEUTRAL),
    BIJDRAGEREGELING_MUNICIPALITIES_SHARE("bijdrageregeling_municipalities_share", "share of municipalities receiving a Bijdrageregeling grant", "share", Direction.NEUTRAL),
    BIJDRAGEREGELING_PERSONS_COVERED("bijdrageregeling_persons_covered", "people starting a funded work-and-housing trajectory per year", "per year", Direction.HIGHER_IS_BETTER),
    BIJDRAGEREGELING_UNSPENT_EUR("bijdrageregeling_unspent_eur", "Bijdrageregeling budget not spent per year", "euros", Direction.LOWER_IS_BETTER),
    COORDINATOR_WAIT_DAYS("coordinator_wait_days", "mean days waited for a municipal coordinator, of those taken on", "days", Direction.LOWER_IS_BETTER),
    COORDINATOR_QUEUE("coordinator_queue", "people waiting for a municipal coordinator at month end", "persons", Direction.LOWER_IS_BETTER),
    RIO_WAIT_DAYS("rio_wait_days", "mean days waited for a RIO place, of those taken on", "days", Direction.LOWER_IS_BETTER),
    RIO_QUEUE("rio_queue", "people waiting for a RIO place at month end", "persons", Direction.LOWER_IS_BETTER),
    PROBATION_WAIT_DAYS("probation_wait_days", "mean days waited for probation supervision, of those taken on", "days", Direction.LOWER_IS_BETTER),
    PROBATION_QUEUE("probation_queue", "people waiting for probation supervision at month end", "persons", Direction.LOWER_IS_BETTER),
    SHELTER_WAIT_DAYS("shelter_wait_days", "mean days waited for a shelter bed, of those taken in", "days", Direction.LOWER_IS_BETTER),
    SHELTER_QUEUE("shelter_queue", "ex-detainees waiting for a shelter bed at month end", "persons", Direction.LOWER_IS_BETTER),
    IN_SHELTER("in_shelter", "ex-detainees in a shelter bed at month end", "persons", Direction.NEUTRAL),
    SUPPORTED_HOUSING_WAIT_DAYS("supported_housing_wait_days", "mean days waited for a supported-housing place, of those taken in", "days", Direction.LOWER_IS_BETTER),
    SUPPORTED_HOUSING_QUEUE("supported_housing_queue", "ex-detainees waiting for a supported-housing place at month end", "persons", Direction.LOWER_IS_BETTER),
    IN_SUPPORTED_HOUSING("in_supported_housing", "ex-detainees in a supported-housing place at month end", "persons", Direction.NEUTRAL),
    RECIDIVISTS_2Y_PER_YEAR("recidivists_2y_per_year", "monitor population: people reoffending within two years, per year of releases", "persons", Direction.LOWER_IS_BETTER),
    REDETAINED_2Y_PER_YEAR("redetained_2y_per_year", "monitor population: people back in detention within two years, per year of releases", "persons", Direction.LOWER_IS_BETTER),
    SOCIETAL_COST_PER_YEAR_EUR("societal_cost_per_year_eur", "all costs booked, every payer, per year (transfers cancel), base-year prices", "euros", Direction.LOWER_IS_BETTER),
    STATE_COST_PER_YEAR_EUR("state_cost_per_year_eur", "costs to the state (DJI, probation, police and justice, subsidy and RIO) per year", "euros", Direction.LOWER_IS_BETTER),
    MUNICIPAL_COST_PER_YEAR_EUR("municipal_cost_per_year_eur", "costs to municipalities per year, social assistance included", "euros", Direction.LOWER_IS_BETTER),
    VICTIM_COST_PER_YEAR_EUR("victim_cost_per_year_eur", "costs to victims and society per year", "euros", Direction.LOWER_IS_BETTER),
    REINTEGRATION_COST_PER_RELEASE_2016EUR("reintegration_cost_per_release_2016eur", "reintegration activities (case managers, probation, RIO, municipal coordination, subsidy, ID) per release, 2016 prices; SEOR: €2,200–5,300", "euros", Direction.NEUTRAL),
    CASE_MANAGER_LOAD("case_manager_load", "detainees per case manager relative to the norm, averaged over months", "ratio", Direction.LOWER_IS_BETTER);

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

    /** The lowest value the KPI can take: shares, counts, days, costs and the load are none of them negative. */
    public double lowest() { return 0; }

    /** The highest value the KPI can take: 1 for a share, no bound for the others. */
    public double highest() { return unit.equals("share") ? 1 : Double.POSITIVE_INFINITY; }

    public static Kpi byKey(String key) {
        for (Kpi kpi : values()) if (kpi.key.equals(key)) return kpi;
        return null;
    }
}
