package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * Lever: the Bijdrageregeling's size and rules [BR, K25]. From the first budget year that starts on or
 * after {@code from}, these values replace the parameter file's.
 *
 * @param budgetEurosPerYear              national budget per year, euros, &ge; 0
 * @param minimumReturneesPerYearToApply  returnees per year below which a municipality does not apply, &ge; 0
 */
public record BijdrageregelingBudget(LocalDate from, double budgetEurosPerYear, double minimumReturneesPerYearToApply)
        implements Lever {
    @Override public String key() { return "bijdrageregeling"; }
}
