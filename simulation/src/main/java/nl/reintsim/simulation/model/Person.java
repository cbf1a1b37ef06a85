package nl.reintsim.simulation.model;

/**
 * A (former) detainee (ODD 2, entities). Fields are package-visible state that mechanisms update;
 * everything a person is keeps here, everything that happens to them is a mechanism.
 */
public final class Person {
    private final int id;
    private final double ageAtFirstDetentionYears;
    private final int firstDetentionDay;
    private int priorOffences;

    /** Detention episodes started so far; the current or last one is {@code episode}. */
    private int episode;
    private DetentionType detentionType;
    private int detentionStartDay = -1;
    private int releaseDay = -1;
    private boolean inDetention;
    private boolean hasValidId;

    /** Day of the next scheduled offence, or -1; an event for any other day is stale. */
    private int nextOffenceDay = -1;
    /** Offences since the last release. */
    private int offencesSinceRelease;
    /** True between an offence that leads to detention and the start of that detention. */
    private boolean awaitingDetention;

    public Person(int id, double ageAtFirstDetentionYears, int firstDetentionDay, int priorOffences) {
        this.id = id;
        this.ageAtFirstDetentionYears = ageAtFirstDetentionYears;
        this.firstDetentionDay = firstDetentionDay;
        this.priorOffences = priorOffences;
    }

    public int id() { return id; }
    public int priorOffences() { return priorOffences; }
    public int episode() { return episode; }
    public DetentionType detentionType() { return detentionType; }
    public int detentionStartDay() { return detentionStartDay; }
    public int releaseDay() { return releaseDay; }
    public boolean isInDetention() { return inDetention; }
    public boolean hasValidId() { return hasValidId; }
    public int nextOffenceDay() { return nextOffenceDay; }
    public int offencesSinceRelease() { return offencesSinceRelease; }
    public boolean isAwaitingDetention() { return awaitingDetention; }

    public double ageYears(int day) {
        return ageAtFirstDetentionYears + (day - firstDetentionDay) / 365.25;
    }

    /** Starts a detention episode with its planned release day. */
    public void detain(int day, DetentionType type, int plannedReleaseDay, boolean validId) {
        episode++;
        detentionType = type;
        detentionStartDay = day;
        releaseDay = plannedReleaseDay;
        inDetention = true;
        hasValidId = validId;
        nextOffenceDay = -1;
        awaitingDetention = false;
    }

    public void obtainValidId() { hasValidId = true; }

    public void release(int day) {
        if (!inDetention) throw new IllegalStateException("person " + id + " released while not detained");
        inDetention = false;
        releaseDay = day;
        offencesSinceRelease = 0;
    }

    public void scheduleOffence(int day) { nextOffenceDay = day; }

    public void offend() {
        priorOffences++;
        offencesSinceRelease++;
        nextOffenceDay = -1;
    }

    public void awaitDetention() { awaitingDetention = true; }
}
