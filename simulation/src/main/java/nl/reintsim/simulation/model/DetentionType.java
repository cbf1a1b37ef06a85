package nl.reintsim.simulation.model;

/**
 * Legal ground of a detention episode. It sets the stay length and whether release can be sudden:
 * pre-trial detention can end at trial with time served, and substitute custody for an unpaid fine
 * ends the day the fine is paid, both without notice [K26].
 */
public enum DetentionType {
    PRE_TRIAL("preTrial", true),
    SHORT_SENTENCE("shortSentence", false),
    LONG_SENTENCE("longSentence", false),
    SUBSTITUTE_CUSTODY("substituteCustody", true);

    private final String key;
    private final boolean releaseCanBeSudden;

    DetentionType(String key, boolean releaseCanBeSudden) {
        this.key = key;
        this.releaseCanBeSudden = releaseCanBeSudden;
    }

    /** The key used in parameter files and outputs. */
    public String key() { return key; }

    public boolean releaseCanBeSudden() { return releaseCanBeSudden; }
}
