package nl.reintsim.simulation.model;

/**
 * Municipality size classes used in the policy debate [K25, CBS]: the four largest cities, then by
 * number of inhabitants. Keys are used in files and outputs.
 */
public enum SizeClass {
    G4("g4", "G4"),
    OVER_100K("100k_plus", "≥ 100k"),
    FROM_50K_TO_100K("50k_100k", "50–100k"),
    FROM_20K_TO_50K("20k_50k", "20–50k"),
    UNDER_20K("under_20k", "< 20k");

    private final String key;
    private final String label;

    SizeClass(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() { return key; }
    public String label() { return label; }

    public static SizeClass byKey(String key) {
        for (SizeClass c : values()) if (c.key.equals(key)) return c;
        return null;
    }

    /** The class a population falls in, for municipalities that are not among the G4. */
    public static SizeClass ofPopulation(int population) {
        if (population >= 100_000) return OVER_100K;
        if (population >= 50_000) return FROM_50K_TO_100K;
        if (population >= 20_000) return FROM_20K_TO_50K;
        return UNDER_20K;
    }
}
