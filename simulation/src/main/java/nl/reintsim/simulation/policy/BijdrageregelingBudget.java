package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * Lever: the Bijdrageregeling's size and rules [BR, K25]. From the first budget year that starts on or
 * after {@code from}, these values replace the parameter file's.
 *
 * @param budgetEurosPerYear              national budget per year, euros, &ge; 0
 * @param minimumReturneesPerYearToApply  returnees per year below which a municipality does not apply, &ge; 0
 * @param distributionKey                what sets each municipality's maximum: {@code releases} (last year's
 *                                       releases to it, today's key [BR]), {@code population} or {@code equal}
 * @param perCaseFunding                 every municipality with returnees gets its share without applying:
 *                                       the money follows the returnee (awareness, threshold and criteria no longer matter)
 */
public record BijdrageregelingBudget(LocalDate from, double budgetEurosPerYear, double minimumReturneesPerYearToApply,
                                     String distributionKey, boolean perCaseFunding) implements Lever {
    public static final java.util.List<String> KEYS = java.util.List.of("releases", "population", "equal");

    @Override public String key() { return "bijdrageregeling"; }
}
