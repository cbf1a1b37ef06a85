package nl.reintsim.simulation.parameters;

import java.util.Map;
import nl.reintsim.simulation.model.Housing;

/**
 * The hazard of a new offence after release: {@code h(t) = m · a · exp(−t ln2 / halfLife)}, highest on
 * the day of release and halving every {@code hazardHalfLifeDays}, multiplied by a person's hazard
 * ratio m. Its integral is finite, so some people never offend again (desistance) and the recidivism
 * curve levels off, as observed curves do. The hazard ratios follow the directions of the 6th monitor's
 * Cox regressions [W6]; their sizes are assumptions (no hazard ratios were published).
 *
 * @param dailyHazardAtRelease       a: daily hazard of the reference person on the day of release, &gt; 0
 * @param hazardHalfLifeDays         days in which the hazard halves, &gt; 0 (the uncertain shape)
 * @param hazardRatioPer10YearsOfAge hazard ratio per ten years of age above 30, &gt; 0
 * @param hazardRatioPerPriorOffence hazard ratio per earlier conviction, up to the cap, &gt; 0
 * @param priorOffencesCap           earlier convictions beyond this add no risk, &ge; 0
 * @param hazardRatioNoValidId       while without a valid ID
 * @param hazardRatioHousing         per housing situation, against own home
 * @param hazardRatioWork            in work up to six months
 * @param hazardRatioEducation       in education and not in work
 * @param hazardRatioWorkOverSixMonths in work for more than six months
 * @param hazardRatioBenefit         on a benefit
 * @param hazardRatioBenefitWithDebtsOrManyPriors extra factor of a benefit for people with debts or many priors
 * @param manyPriorsThreshold        priors from which "many priors" applies
 * @param hazardRatioRio             while mentored by a RIO
 * @param hazardRatioProbation       while supervised by probation
 * @param housingEffectExponentWomen the housing hazard ratios are raised to this power for women: the
 *                                   housing association is stronger for women [W6]
 */
public record RecidivismParameters(double dailyHazardAtRelease, double hazardHalfLifeDays, double hazardRatioPer10YearsOfAge,
                                   double hazardRatioPerPriorOffence, double priorOffencesCap, double hazardRatioNoValidId,
                                   Map<Housing, Double> hazardRatioHousing, double hazardRatioWork, double hazardRatioEducation,
                                   double hazardRatioWorkOverSixMonths, double hazardRatioBenefit,
                                   double hazardRatioBenefitWithDebtsOrManyPriors, double manyPriorsThreshold,
                                   double hazardRatioRio, double hazardRatioProbation, double housingEffectExponentWomen) {
    public RecidivismParameters {
        Require.positive(dailyHazardAtRelease, "recidivism.dailyHazardAtRelease");
        Require.positive(hazardHalfLifeDays, "recidivism.hazardHalfLifeDays");
        Require.positive(hazardRatioPer10YearsOfAge, "recidivism.hazardRatioPer10YearsOfAge");
        Require.positive(hazardRatioPerPriorOffence, "recidivism.hazardRatioPerPriorOffence");
        Require.nonNegative(priorOffencesCap, "recidivism.priorOffencesCap");
        Require.positive(hazardRatioNoValidId, "recidivism.hazardRatioNoValidId");
        Require.positive(hazardRatioEducation, "recidivism.hazardRatioEducation");
        Require.nonNegative(housingEffectExponentWomen, "recidivism.housingEffectExponentWomen");
        hazardRatioHousing = Map.copyOf(hazardRatioHousing);
        if (hazardRatioHousing.size() != Housing.values().length) throw new IllegalArgumentException("a hazard ratio per housing situation needed");
    }

    /** The foundation's parameters with neutral condition effects, for tests of the time profile. */
    public static RecidivismParameters withoutConditionEffects(double dailyHazardAtRelease, double hazardHalfLifeDays,
                                                               double perTenYears, double perPrior, double cap, double noId) {
        Map<Housing, Double> neutral = new java.util.EnumMap<>(Housing.class);
        for (Housing h : Housing.values()) neutral.put(h, 1.0);
        return new RecidivismParameters(dailyHazardAtRelease, hazardHalfLifeDays, perTenYears, perPrior, cap, noId, neutral,
                1, 1, 1, 1, 1, 1000, 1, 1, 1);
    }

    /** Decay rate b = ln 2 / half-life, per day. */
    public double decayPerDay() { return Math.log(2) / hazardHalfLifeDays; }

    /** Cumulative hazard of the reference person from release to {@code days} after it. */
    public double cumulativeHazard(double days) { return hazardCurve().cumulative(days); }

    /** Cumulative hazard of the reference person over a whole life after release (finite). */
    public double totalHazard() { return hazardCurve().total(); }

    /** The reference person's hazard curve with its constants worked out once, for code that asks millions of times. */
    public HazardCurve hazardCurve() { return new HazardCurve(dailyHazardAtRelease / decayPerDay(), decayPerDay()); }

    /**
     * The cumulative hazard {@code H(t) = (a/b)(1 − exp(−bt))} of the reference person.
     *
     * @param total       a/b: the cumulative hazard over a whole life after release
     * @param decayPerDay b
     */
    public record HazardCurve(double total, double decayPerDay) {
        /** Cumulative hazard from release to {@code days} after it. */
        public double cumulative(double days) { return total * -Math.expm1(-decayPerDay * days); }
    }
}
