package nl.reintsim.simulation.model;

/**
 * A snapshot of the five basic conditions [W6, K21]: ID, housing, work and income, debts, care.
 *
 * @param workOverSixMonths in work continuously for more than six months
 * @param inEducation       following a course or training (the monitor counts "work or education")
 */
public record Conditions(boolean hasValidId, Housing housing, Income income, boolean workOverSixMonths, boolean inEducation,
                         boolean problematicDebts, boolean debtApproach, boolean insuranceArrears,
                         boolean careNeed, boolean careMet) {
    public boolean hasIncome() { return income != Income.NONE; }
}
