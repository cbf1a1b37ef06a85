package nl.reintsim.simulation.parameters;

/**
 * The hazard of a new offence after release: {@code h(t) = m · a · exp(−t ln2 / halfLife)}, highest on
 * the day of release and halving every {@code hazardHalfLifeDays}, multiplied by a person's hazard
 * ratio m. Its integral is finite, so some people never offend again (desistance) and the recidivism
 * curve levels off, as observed curves do.
 *
 * @param dailyHazardAtRelease       a: daily hazard of the reference person on the day of release, &gt; 0
 * @param hazardHalfLifeDays         days in which the hazard halves, &gt; 0 (the uncertain shape)
 * @param hazardRatioPer10YearsOfAge hazard ratio per ten years of age above 30, &gt; 0
 * @param hazardRatioPerPriorOffence hazard ratio per earlier conviction, up to the cap, &gt; 0
 * @param priorOffencesCap           earlier convictions beyond this add no risk, &ge; 0
 * @param hazardRatioNoValidId       hazard ratio while without a valid ID, &gt; 0
 */
public record RecidivismParameters(double dailyHazardAtRelease, double hazardHalfLifeDays, double hazardRatioPer10YearsOfAge,
                                   double hazardRatioPerPriorOffence, double priorOffencesCap,
                                   double hazardRatioNoValidId) {
    public RecidivismParameters {
        Require.positive(dailyHazardAtRelease, "recidivism.dailyHazardAtRelease");
        Require.positive(hazardHalfLifeDays, "recidivism.hazardHalfLifeDays");
        Require.positive(hazardRatioPer10YearsOfAge, "recidivism.hazardRatioPer10YearsOfAge");
        Require.positive(hazardRatioPerPriorOffence, "recidivism.hazardRatioPerPriorOffence");
        Require.nonNegative(priorOffencesCap, "recidivism.priorOffencesCap");
        Require.positive(hazardRatioNoValidId, "recidivism.hazardRatioNoValidId");
    }

    /** Decay rate b = ln 2 / half-life, per day. */
    public double decayPerDay() { return Math.log(2) / hazardHalfLifeDays; }

    /** Cumulative hazard of the reference person from release to {@code days} after it. */
    public double cumulativeHazard(double days) {
        return dailyHazardAtRelease / decayPerDay() * -Math.expm1(-decayPerDay() * days);
    }

    /** Cumulative hazard of the reference person over a whole life after release (finite). */
    public double totalHazard() { return dailyHazardAtRelease / decayPerDay(); }
}
