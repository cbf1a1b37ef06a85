package nl.reintsim.simulation.observation;

/**
 * The Bijdrageregeling's year, reported when it closes.
 *
 * @param applications           municipalities that applied (a joint application counts each member)
 * @param municipalitiesFunded   municipalities that received a grant
 * @param grantedEuros           money granted, after redistribution
 * @param spentEuros             money spent on trajectories started in the year
 * @param unspentEuros           budget not spent: never granted, or granted and not used
 * @param trajectories           trajectories started
 */
public record BudgetYear(int day, int year, int applications, int municipalitiesFunded, double grantedEuros,
                         double spentEuros, double unspentEuros, int trajectories) implements ModelEvent { }
