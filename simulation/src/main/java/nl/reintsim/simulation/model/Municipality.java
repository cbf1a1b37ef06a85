package nl.reintsim.simulation.model;

/**
 * A municipality (gemeente) as given in the municipality table: who it is and its housing market.
 * Its policies and capacities are drawn or set when a replication starts ({@link MunicipalityProfile}).
 *
 * @param index            position in the table, 0-based; the key for its random draws
 * @param code             identifier, e.g. a CBS code or a synthetic one
 * @param region           coordination region it belongs to (for regional coordination points)
 * @param housingWaitYears typical registration time for social housing, years [HS]
 */
public record Municipality(int index, String code, String name, int population, SizeClass sizeClass, String region,
                           double housingWaitYears) { }
