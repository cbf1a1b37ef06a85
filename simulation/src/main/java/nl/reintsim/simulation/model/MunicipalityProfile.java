package nl.reintsim.simulation.model;

import nl.reintsim.simulation.capacity.Capacity;

/**
 * A municipality's aftercare as it stands in one replication: its policies (drawn at the start from
 * size-class probabilities, the same in every scenario unless a lever overrides them), its finite
 * coordinator and RIO capacity, and whether it still has the know-how (lost after a spell without
 * cases: small municipalities that see a returnee a few times a year keep losing it [K25]).
 */
public final class MunicipalityProfile {
    private final Municipality municipality;
    private final double releaseWeight;
    private final boolean dedicatedTeam;
    private final boolean inReachVisits;
    private final boolean rentContinuation;
    private final double rentContinuationDraw;
    private final boolean benefitFrozen;
    private final boolean regionalPoint;
    private final double regionalPointDraw;
    private final double complianceDraw;
    private final Capacity coordinators;
    private final Capacity rioPlaces;
    private int lastCaseDay = Integer.MIN_VALUE / 2;
    private int fundedSlots;

    public MunicipalityProfile(Municipality municipality, double releaseWeight, boolean dedicatedTeam, boolean inReachVisits,
                               double rentContinuationDraw, double probabilityRentContinuation, boolean benefitFrozen,
                               double regionalPointDraw, double probabilityRegionalPoint, double complianceDraw,
                               int coordinatorSlots, int rioSlots) {
        this.complianceDraw = complianceDraw;
        this.municipality = municipality;
        this.releaseWeight = releaseWeight;
        this.dedicatedTeam = dedicatedTeam;
        this.inReachVisits = inReachVisits;
        this.rentContinuation = rentContinuationDraw < probabilityRentContinuation;
        this.rentContinuationDraw = rentContinuationDraw;
        this.benefitFrozen = benefitFrozen;
        this.regionalPoint = regionalPointDraw < probabilityRegionalPoint;
        this.regionalPointDraw = regionalPointDraw;
        this.coordinators = new Capacity("coordinators " + municipality.code(), coordinatorSlots);
        this.rioPlaces = new Capacity("rio " + municipality.code(), rioSlots);
    }

    public Municipality municipality() { return municipality; }
    public SizeClass sizeClass() { return municipality.sizeClass(); }
    public double releaseWeight() { return releaseWeight; }
    public boolean hasDedicatedTeam() { return dedicatedTeam; }
    public boolean hasInReachVisits() { return inReachVisits; }
    public boolean continuesRent() { return rentContinuation; }
    /**
     * The uniform number that decided rent continuation; a lever raising the share compares the same
     * number against its own share, so municipalities join in a fixed order in every scenario.
     */
    public double rentContinuationDraw() { return rentContinuationDraw; }
    public boolean freezesBenefit() { return benefitFrozen; }
    /** Member of a regional coordination point by its own policy (a lever can add members). */
    public boolean isInRegionalPoint() { return regionalPoint; }
    /** The uniform number that decided membership; a lever compares the same number with its share. */
    public double regionalPointDraw() { return regionalPointDraw; }
    /** Uniform number deciding whether it complies with a statutory duty (compared with the compliance share). */
    public double complianceDraw() { return complianceDraw; }
    public Capacity coordinators() { return coordinators; }
    public Capacity rioPlaces() { return rioPlaces; }

    /** Know-how is lost after a spell without cases, unless a dedicated team or a regional point holds it. */
    public boolean hasLostKnowledge(int day, double retentionDays, boolean inRegionalPoint) {
        return !inRegionalPoint && !dedicatedTeam && day - lastCaseDay > retentionDays;
    }

    public void caseOpened(int day) { lastCaseDay = day; }

    /** Takes over what changes during a run: the capacities, the last case and the funded slots. */
    void copyStateFrom(MunicipalityProfile other) {
        coordinators.copyStateFrom(other.coordinators);
        rioPlaces.copyStateFrom(other.rioPlaces);
        lastCaseDay = other.lastCaseDay;
        fundedSlots = other.fundedSlots;
    }

    /** Coordinator slots added and paid for by a funded statutory duty. */
    public int fundedSlots() { return fundedSlots; }
    public void addFundedSlots(int slots) {
        fundedSlots += slots;
        coordinators.addSlots(slots);
    }
}
