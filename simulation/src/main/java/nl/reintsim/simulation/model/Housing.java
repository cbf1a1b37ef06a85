package nl.reintsim.simulation.model;

/** Where a person lives; the monitor's categories [W6]. */
public enum Housing {
    OWN("own", true),
    WITH_OTHERS("with_others", true),
    INSTITUTION("institution", true),
    SHELTER("shelter", false),
    NONE("none", false);

    private final String key;
    private final boolean registeredAddress;

    Housing(String key, boolean registeredAddress) {
        this.key = key;
        this.registeredAddress = registeredAddress;
    }

    public String key() { return key; }

    /** Whether this counts as a registered address in the BRP (a shelter gives at most a postal address). */
    public boolean isRegisteredAddress() { return registeredAddress; }
}
