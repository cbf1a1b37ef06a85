package nl.reintsim.simulation.engine;

/**
 * Packs (person, episode, kind) into one int for a {@link DayQueue}. Only the episode's last two bits
 * are kept: enough to tell a stale event from an earlier episode, since an event is never scheduled
 * more than one episode ahead of its person.
 */
public final class EventKey {
    private static final int KIND_BITS = 5;
    /** Bits below the person id in a key. */
    public static final int PERSON_SHIFT = KIND_BITS + 2;
    /** The bits of a key that hold the kind. */
    public static final int KIND_MASK = (1 << KIND_BITS) - 1;

    private EventKey() { }

    public static int of(int personId, int episode, int kind) {
        if (kind < 0 || kind >= 1 << KIND_BITS) throw new IllegalArgumentException("kind out of range: " + kind);
        return personId << PERSON_SHIFT | (episode & 3) << KIND_BITS | kind;
    }

    public static int person(int key) { return key >>> PERSON_SHIFT; }

    public static int kind(int key) { return key & KIND_MASK; }

    public static boolean isEpisode(int key, int episode) { return (key >>> KIND_BITS & 3) == (episode & 3); }
}
