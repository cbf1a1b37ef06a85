package nl.reintsim.simulation.parameters;

/** Units a parameter file may state. A field accepts exactly one unit; there is no silent conversion. */
public enum Unit {
    DAYS("days"),
    WORKING_DAYS("working_days"),
    HOURS_PER_WEEK("hours_per_week"),
    RATIO("ratio"),
    YEARS("years"),
    PER_YEAR("per_year"),
    PROBABILITY("probability"),
    SHARE("share"),
    HAZARD_RATIO("hazard_ratio"),
    PER_DAY("per_day"),
    COUNT("count"),
    EUROS("euros"),
    LOG_SD("log_sd");

    private final String yamlName;

    Unit(String yamlName) { this.yamlName = yamlName; }

    public String yamlName() { return yamlName; }
}
