package nl.reintsim.simulation.observation;

/**
 * The last day of a calendar month has been simulated; stocks and queues at that moment.
 *
 * @param waitingForCoordinator people waiting for a municipal coordinator, all municipalities
 * @param waitingForRio         people waiting for a RIO place
 * @param waitingForProbation   people waiting for probation supervision
 * @param caseManagerLoad       detainees per case manager, relative to the norm
 */
public record MonthEnded(int day, int monthIndex, int inDetention, int waitingForCoordinator, int waitingForRio,
                         int waitingForProbation, double caseManagerLoad) implements ModelEvent { }
