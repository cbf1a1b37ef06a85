package nl.reintsim.simulation.policy;

import java.util.List;

/** Where RIO places go [K26: funds do not reach all municipalities; they go where problems are largest]. */
public enum RioAllocation {
    /** Pro rata to expected releases; a municipality whose share is below one place gets none (today's rule). */
    LARGEST_PROBLEMS_FIRST("largest_problems_first"),
    /** Pro rata to expected releases; places left after rounding down go by largest remainder to any municipality. */
    PRO_RATA("pro_rata"),
    /** One place for every municipality first (largest first if there are too few), the rest pro rata. */
    ALL_MUNICIPALITIES("all_municipalities");

    private final String key;

    RioAllocation(String key) { this.key = key; }

    public String key() { return key; }

    public static RioAllocation byKey(String key) {
        for (RioAllocation a : values()) if (a.key.equals(key)) return a;
        throw new IllegalArgumentException("unknown RIO allocation " + key);
    }

    public static List<String> keys() { return java.util.Arrays.stream(values()).map(RioAllocation::key).toList(); }
}
