package nl.reintsim.simulation.policy;

import nl.reintsim.simulation.time.SimCalendar;

/**
 * The scenario's levers with their start dates turned into schedule days: mechanisms ask it what is
 * in force today, so a lever can never act before its {@code from:} date.
 */
public final class LeverSchedule {
    private final Levers levers;
    private final int idFrom;
    private final int caseManagersFrom;
    private final int informationFrom;
    private final int rentFrom;
    private final int subsidyFrom;
    private final int regionalFrom;
    private final int dutyFrom;
    private final int rioFrom;
    private final int housingFrom;

    public LeverSchedule(Levers levers, SimCalendar calendar) {
        this.levers = levers;
        this.idFrom = fromDay(levers.idInDetention(), calendar);
        this.caseManagersFrom = fromDay(levers.caseManagerCapacity(), calendar);
        this.informationFrom = fromDay(levers.informationSharing(), calendar);
        this.rentFrom = fromDay(levers.rentContinuation(), calendar);
        this.subsidyFrom = fromDay(levers.bijdrageregeling(), calendar);
        this.regionalFrom = fromDay(levers.regionalCoordination(), calendar);
        this.dutyFrom = fromDay(levers.statutoryDuty(), calendar);
        this.rioFrom = fromDay(levers.rio(), calendar);
        this.housingFrom = fromDay(levers.housing(), calendar);
    }

    private static int fromDay(Lever lever, SimCalendar calendar) {
        return lever == null ? Integer.MAX_VALUE : calendar.day(lever.from());
    }

    public static LeverSchedule none(SimCalendar calendar) { return new LeverSchedule(Levers.none(), calendar); }

    /** The ID lever if it is in force on this day, else null; likewise for the others. */
    public IdInDetention idInDetention(int day) { return day >= idFrom ? levers.idInDetention() : null; }

    public CaseManagerCapacity caseManagerCapacity(int day) { return day >= caseManagersFrom ? levers.caseManagerCapacity() : null; }

    public InformationSharing informationSharing(int day) { return day >= informationFrom ? levers.informationSharing() : null; }

    public RentContinuation rentContinuation(int day) { return day >= rentFrom ? levers.rentContinuation() : null; }

    public RegionalCoordination regionalCoordination(int day) {
        return day >= regionalFrom ? levers.regionalCoordination() : null;
    }

    public StatutoryDuty statutoryDuty(int day) { return day >= dutyFrom ? levers.statutoryDuty() : null; }

    /** The first day of the statutory duty, or {@code Integer.MAX_VALUE} when there is none. */
    public int statutoryDutyFrom() { return dutyFrom; }

    /** Whether the municipality complies with a statutory duty in force on this day. */
    public boolean compliesWithDuty(nl.reintsim.simulation.model.MunicipalityProfile municipality, int day) {
        StatutoryDuty duty = statutoryDuty(day);
        return duty != null && municipality.complianceDraw() < duty.compliance().of(municipality.sizeClass());
    }

    /** Whether the municipality belongs to a regional coordination point on this day. */
    public boolean isInRegionalPoint(nl.reintsim.simulation.model.MunicipalityProfile municipality, int day) {
        if (municipality.isInRegionalPoint()) return true;
        RegionalCoordination lever = regionalCoordination(day);
        return lever != null && municipality.municipality().population() <= lever.maximumPopulation()
                && municipality.regionalPointDraw() < lever.minimumShareOfMunicipalities();
    }

    /** Aftercare is organised on this day: a dedicated team, in-reach visits, or a regional point. */
    public boolean isOrganised(nl.reintsim.simulation.model.MunicipalityProfile municipality, int day) {
        return municipality.hasDedicatedTeam() || municipality.hasInReachVisits() || isInRegionalPoint(municipality, day);
    }

    public RioExpansion rio(int day) { return day >= rioFrom ? levers.rio() : null; }
    /** The first day of the RIO lever, or {@code Integer.MAX_VALUE} when there is none. */
    public int rioFrom() { return rioFrom; }

    public HousingSupply housing(int day) { return day >= housingFrom ? levers.housing() : null; }
    /** The first day of the housing lever, or {@code Integer.MAX_VALUE} when there is none. */
    public int housingFrom() { return housingFrom; }

    /** Whether a complying municipality with a fixed contact person keeps its know-how on this day. */
    public boolean keepsKnowHowByDuty(nl.reintsim.simulation.model.MunicipalityProfile municipality, int day) {
        StatutoryDuty duty = statutoryDuty(day);
        return duty != null && duty.fixedContactPerson() && compliesWithDuty(municipality, day);
    }

    public BijdrageregelingBudget bijdrageregeling(int day) { return day >= subsidyFrom ? levers.bijdrageregeling() : null; }
}
