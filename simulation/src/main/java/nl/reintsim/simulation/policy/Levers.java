package nl.reintsim.simulation.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The levers a scenario switches on; an absent lever (null) leaves the parameter file in force.
 */
public record Levers(IdInDetention idInDetention, CaseManagerCapacity caseManagerCapacity,
                     InformationSharing informationSharing, RentContinuation rentContinuation,
                     BijdrageregelingBudget bijdrageregeling, RegionalCoordination regionalCoordination,
                     StatutoryDuty statutoryDuty, RioExpansion rio, HousingSupply housing) {
    public static Levers none() { return new Levers(null, null, null, null, null, null, null, null, null); }

    public static Levers of(IdInDetention idInDetention) { return new Levers(idInDetention, null, null, null, null, null, null, null, null); }

    public List<Lever> active() {
        List<Lever> all = new ArrayList<>();
        for (Lever lever : new Lever[] {idInDetention, caseManagerCapacity, informationSharing, rentContinuation, bijdrageregeling, regionalCoordination, statutoryDuty, rio, housing}) {
            if (lever != null) all.add(lever);
        }
        return all;
    }
}
