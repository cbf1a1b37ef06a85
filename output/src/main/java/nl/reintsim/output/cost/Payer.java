package nl.reintsim.output.cost;

/**
 * Who pays (or, for a transfer, receives) [brief 3e]: the state split by budget, municipalities,
 * victims and society, and the person (social assistance received is a negative cost to them).
 */
public enum Payer {
    STATE_DJI("state_dji"),
    STATE_PROBATION("state_probation"),
    STATE_POLICE_JUSTICE("state_police_justice"),
    STATE_SUBSIDY_RIO("state_subsidy_rio"),
    MUNICIPALITIES("municipalities"),
    VICTIMS_SOCIETY("victims_society"),
    PERSONS("persons");

    private final String key;

    Payer(String key) { this.key = key; }

    public String key() { return key; }

    public boolean isState() { return key.startsWith("state_"); }
}
