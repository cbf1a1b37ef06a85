package nl.reintsim.simulation.parameters;

/**
 * Probation (3RO) and re-integration officers (RIO) as capacities.
 *
 * @param probationCapacityCases    people probation can supervise at once, national
 * @param rioFte                    RIO full-time equivalents, national (pilot scale in 2025)
 * @param rioCaseloadPerFte         mentees per RIO FTE
 * @param rioMinimumAgeYears           youngest eligible age, years
 * @param rioMaximumAgeYears           oldest eligible age, years
 * @param rioMentoringDays          days of mentoring from the start of detention
 */
public record SupportParameters(double probationCapacityCases, double rioFte, double rioCaseloadPerFte,
                                double rioMinimumAgeYears, double rioMaximumAgeYears, double rioMentoringDays) {
    public SupportParameters {
        Require.nonNegative(probationCapacityCases, "support.probationCapacityCases");
        Require.nonNegative(rioFte, "support.rioFte");
        Require.positive(rioCaseloadPerFte, "support.rioCaseloadPerFte");
        Require.positive(rioMentoringDays, "support.rioMentoringDays");
        if (rioMinimumAgeYears > rioMaximumAgeYears) throw new IllegalArgumentException("support: RIO minimum age above maximum");
    }
}
