package nl.reintsim.simulation.capacity;

/**
 * A finite resource with a first-come-first-served queue: coordinator slots of a municipality, RIO
 * places, probation supervision (ODD 7.9). Who waits longest is served first; ties (same day) keep
 * the order of request, which mechanisms make deterministic by processing people in a fixed order.
 *
 * <p>Withdrawing from the queue is constant-time: the request is forgotten at once and its queue entry
 * is skipped when it comes up (queues of thousands of people giving up would otherwise cost a scan each).
 */
public final class Capacity {
    /** A queued request: who, and since when. */
    public record Waiting(int personId, int sinceDay) { }

    /** No request day is this small: days count from the start of the warm-up. */
    private static final int NOT_WAITING = Integer.MIN_VALUE;

    private final String name;
    private int slots;
    private int occupied;
    /** Requests in order of arrival, as (person, day) pairs in a ring; withdrawn ones are skipped when they come up. */
    private int[] queue = new int[16];
    private int head;
    private int queued;
    /** Live requests: person → the day their current request was made. */
    private final IntIntMap waitingSince = new IntIntMap();

    public Capacity(String name, int slots) {
        if (slots < 0) throw new IllegalArgumentException(name + ": slots must be >= 0, was " + slots);
        this.name = name;
        this.slots = slots;
    }

    public String name() { return name; }

    /** Takes over the slots, occupancy and queue of {@code other} (see {@code ReintegrationSimulation}'s shared warm-up). */
    public void copyStateFrom(Capacity other) {
        slots = other.slots;
        occupied = other.occupied;
        queue = other.queue.clone();
        head = other.head;
        queued = other.queued;
        waitingSince.copyFrom(other.waitingSince);
    }
    public int slots() { return slots; }
    public int occupied() { return occupied; }
    public int waiting() { return waitingSince.size(); }

    /** Takes a slot if one is free and nobody is waiting; otherwise joins the queue and returns false. */
    public boolean request(int personId, int day) {
        if (occupied < slots && waitingSince.isEmpty()) {
            occupied++;
            return true;
        }
        if (slots > 0 && !waitingSince.containsKey(personId)) {
            waitingSince.put(personId, day);
            enqueue(personId, day);
        }
        return false;
    }

    /** Frees a slot and hands it to the longest waiting request, which is returned (or null). */
    public Waiting free() {
        if (occupied <= 0) throw new IllegalStateException(name + ": freed more slots than were taken");
        occupied--;
        return admitNext();
    }

    /** Adds slots (a funded expansion); the caller then admits the waiting with {@link #admitWaiting()}. */
    public void addSlots(int extra) {
        if (extra < 0) throw new IllegalArgumentException(name + ": cannot add " + extra + " slots");
        slots += extra;
    }

    /**
     * Sets the number of slots (a re-allocation). Fewer slots than are occupied take nobody away: the
     * places simply are not handed on until occupancy is below the new number.
     */
    public void setSlots(int slots) {
        if (slots < 0) throw new IllegalArgumentException(name + ": slots must be >= 0, was " + slots);
        this.slots = slots;
    }

    /** Gives a free slot to the longest waiting request, if there is both; else null. */
    public Waiting admitWaiting() { return admitNext(); }

    /** Frees a slot without handing it on. */
    public void release() {
        if (occupied <= 0) throw new IllegalStateException(name + ": freed more slots than were taken");
        occupied--;
    }

    /** Drops a queued request (the person no longer needs it). */
    public boolean withdraw(int personId) {
        return waitingSince.remove(personId);
    }

    private Waiting admitNext() {
        if (occupied >= slots) return null;
        while (queued > 0) {
            int personId = queue[head];
            int sinceDay = queue[head + 1];
            head = (head + 2) & (queue.length - 1);
            queued--;
            if (waitingSince.get(personId, NOT_WAITING) == sinceDay) {
                waitingSince.remove(personId);
                occupied++;
                return new Waiting(personId, sinceDay);
            }
        }
        return null;
    }

    private void enqueue(int personId, int day) {
        if (2 * queued == queue.length) {
            // unroll the ring into a twice as large array, oldest first
            int[] larger = new int[queue.length * 2];
            int tail = queue.length - head;
            System.arraycopy(queue, head, larger, 0, tail);
            System.arraycopy(queue, 0, larger, tail, head);
            queue = larger;
            head = 0;
        }
        int at = (head + 2 * queued) & (queue.length - 1);
        queue[at] = personId;
        queue[at + 1] = day;
        queued++;
    }
}
