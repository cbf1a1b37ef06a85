package nl.reintsim.simulation.parameters;

/**
 * Attributes of people entering detention for the first time in the model.
 *
 * @param meanAgeYears       mean age at first detention, years
 * @param sdAgeYears         standard deviation of that age, years, &gt; 0
 * @param minimumAgeYears    youngest age in adult prisons, years
 * @param maximumAgeYears    oldest age drawn, years, &gt; minimum
 * @param meanPriorOffences  mean number of earlier convictions (geometric distribution), &ge; 0
 * @param probabilityMale    share of men, 0..1
 */
public record PersonParameters(double meanAgeYears, double sdAgeYears, double minimumAgeYears,
                               double maximumAgeYears, double meanPriorOffences, double probabilityMale) {
    public PersonParameters {
        Require.positive(sdAgeYears, "persons.sdAgeYears");
        Require.nonNegative(meanPriorOffences, "persons.meanPriorOffences");
        Require.probability(probabilityMale, "persons.probabilityMale");
        if (!(minimumAgeYears < maximumAgeYears)) throw new IllegalArgumentException("persons: minimum age must be below maximum age");
    }
}
