package nl.reintsim.output.cost;

/**
 * What the money is for. {@link #isReintegration()} marks the reintegration activities whose cost per
 * released adult SEOR estimated at €2,200–5,300 (2016) [SEOR]; {@link #isTransfer()} marks money that
 * moves between parties without using resources, left out of the societal total [brief 3e].
 */
public enum CostCategory {
    DETENTION("detention", false, false),
    CASE_MANAGERS("case_managers", true, false),
    PROBATION("probation", true, false),
    RIO("rio", true, false),
    BIJDRAGEREGELING("bijdrageregeling", true, false),
    MUNICIPAL_COORDINATION("municipal_coordination", true, false),
    ID_CARDS("id_cards", true, false),
    SHELTER("shelter", false, false),
    SUPPORTED_HOUSING("supported_housing", false, false),
    RENT_CONTINUATION("rent_continuation", false, false),
    SOCIAL_ASSISTANCE("social_assistance", false, true),
    POLICE_JUSTICE("police_justice", false, false),
    VICTIMS("victims", false, false);

    private final String key;
    private final boolean reintegration;
    private final boolean transfer;

    CostCategory(String key, boolean reintegration, boolean transfer) {
        this.key = key;
        this.reintegration = reintegration;
        this.transfer = transfer;
    }

    public String key() { return key; }
    public boolean isReintegration() { return reintegration; }
    public boolean isTransfer() { return transfer; }
}
