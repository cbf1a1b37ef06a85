package nl.reintsim.simulation.model;

/**
 * A snapshot of the five basic conditions [W6, K21]: ID, housing, work and income, debts, care.
 *
 * @param workOverSixMonths in work continuously for more than six months
 */
public record Conditions(boolean hasValidId, Housing housing, Income income, boolean workOverSixMonths,
                         boolean problematicDebts, boolean debtApproach, boolean insuranceArrears,
                         boolean careNeed, boolean careMet) {
    public boolean hasIncome() { return income != Income.NONE; }
}
