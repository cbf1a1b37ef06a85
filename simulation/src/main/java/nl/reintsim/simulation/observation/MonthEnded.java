package nl.reintsim.simulation.observation;

import java.util.List;

/**
 * The last day of a calendar month has been simulated; stocks and queues at that moment.
 *
 * @param waitingForCoordinator people waiting for a municipal coordinator, all municipalities
 * @param waitingForRio         people waiting for a RIO place
 * @param waitingForProbation   people waiting for probation supervision
 * @param caseManagerLoad       detainees per case manager, relative to the norm
 * @param waitingForShelter     people waiting for a shelter bed, all regions
 * @param waitingForSupportedHousing people waiting for a supported-housing place
 * @param inShelter             shelter beds occupied by ex-detainees
 * @param inSupportedHousing    supported-housing places occupied by ex-detainees
 * @param caseManagerFte        DJI case managers in post
 * @param rioFte                re-integration officers in post
 * @param coordinatorHoursPerWeek municipal coordination hours per week, per municipality (index)
 * @param fundedCoordinatorHoursPerWeek of those, hours added and paid for by a funded statutory duty, per municipality
 */
public record MonthEnded(int day, int monthIndex, int inDetention, int waitingForCoordinator, int waitingForRio,
                         int waitingForProbation, double caseManagerLoad, int waitingForShelter,
                         int waitingForSupportedHousing, int inShelter, int inSupportedHousing, double caseManagerFte,
                         double rioFte, List<Double> coordinatorHoursPerWeek, List<Double> fundedCoordinatorHoursPerWeek)
        implements ModelEvent {
    public MonthEnded {
        coordinatorHoursPerWeek = List.copyOf(coordinatorHoursPerWeek);
        fundedCoordinatorHoursPerWeek = List.copyOf(fundedCoordinatorHoursPerWeek);
    }
}
