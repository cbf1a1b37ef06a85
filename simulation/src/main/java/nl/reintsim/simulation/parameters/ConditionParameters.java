package nl.reintsim.simulation.parameters;

/**
 * How unmet basic conditions get resolved, and lost again, over time. A resolution is an exponential
 * waiting time whose mean applies when someone supports the person (municipality, RIO or probation);
 * without support the rate is multiplied by {@code unsupportedRateRatio}.
 *
 * @param meanDaysToArrangeId        in detention, with a supporter, mean days to a valid ID (includes processing)
 * @param meanDaysToArrangeIdAfterRelease after release, mean days to a valid ID: the person's own application at
 *                                   the municipal desk, with or without support (not slowed by
 *                                   {@code unsupportedRateRatio})
 * @param meanDaysToArrangeBenefit   with support, mean days to a benefit once an ID is there
 * @param meanDaysToFindWork         with support, mean days to work (needs an ID)
 * @param meanDaysToHousing          with support, mean days from no home or shelter to housing, at the
 *                                   reference housing wait; scales with the municipality's wait
 * @param referenceHousingWaitYears  housing wait at which {@code meanDaysToHousing} holds
 * @param shareHousingWithOthers     of those who find housing, share living with others
 * @param shareHousingInstitution    of those who find housing, share in an institution or supported housing
 * @param meanDaysToShelter          mean days from the street to a shelter bed
 * @param meanDaysToArrangeCare      with support, mean days to care for an unmet need
 * @param meanDaysToDebtApproach     with support, mean days to an approach for problematic debts
 * @param unsupportedRateRatio       rate without support relative to with support, 0..1
 * @param meanDaysJobKeptAfterRelease mean days a job lasts after release
 * @param meanDaysHomeKeptAfterRelease mean days a home lasts after release (eviction, break-up)
 * @param meanDaysIdKept mean days a valid ID lasts (expired, lost, taken), in detention as after release
 * @param followUpDaysAfterRelease   days after release during which conditions keep changing; after
 *                                   that they stay as they are until a new detention (bounds the work
 *                                   per release; well beyond the monitor's two years)
 * @param meanDaysToInsuranceDefault mean days without income after release until registered as a
 *                                   health-insurance defaulter
 * @param meanDaysToStartEducation   with support, mean days for someone not in work to start a course or training
 * @param meanDaysInEducation        mean length of a course or training
 * @param probabilityQualifiedByEducation share of finished courses that give a start qualification
 * @param workRateRatioQualified      rate of finding work with a start qualification, relative to without
 */
public record ConditionParameters(double meanDaysToArrangeId, double meanDaysToArrangeIdAfterRelease,
                                  double meanDaysToArrangeBenefit, double meanDaysToFindWork,
                                  double meanDaysToHousing, double referenceHousingWaitYears, double shareHousingWithOthers,
                                  double shareHousingInstitution, double meanDaysToShelter, double meanDaysToArrangeCare,
                                  double meanDaysToDebtApproach, double unsupportedRateRatio,
                                  double meanDaysJobKeptAfterRelease, double meanDaysHomeKeptAfterRelease,
                                  double meanDaysIdKept, double meanDaysToInsuranceDefault,
                                  double followUpDaysAfterRelease, double meanDaysToStartEducation,
                                  double meanDaysInEducation, double probabilityQualifiedByEducation,
                                  double workRateRatioQualified) {
    public ConditionParameters {
        Require.positive(meanDaysToArrangeId, "conditions.meanDaysToArrangeId");
        Require.positive(meanDaysToArrangeIdAfterRelease, "conditions.meanDaysToArrangeIdAfterRelease");
        Require.positive(meanDaysToArrangeBenefit, "conditions.meanDaysToArrangeBenefit");
        Require.positive(meanDaysToFindWork, "conditions.meanDaysToFindWork");
        Require.positive(meanDaysToHousing, "conditions.meanDaysToHousing");
        Require.positive(referenceHousingWaitYears, "conditions.referenceHousingWaitYears");
        Require.probability(shareHousingWithOthers, "conditions.shareHousingWithOthers");
        Require.probability(shareHousingInstitution, "conditions.shareHousingInstitution");
        if (shareHousingWithOthers + shareHousingInstitution > 1) throw new IllegalArgumentException("housing destination shares above 1");
        Require.positive(meanDaysToShelter, "conditions.meanDaysToShelter");
        Require.positive(meanDaysToArrangeCare, "conditions.meanDaysToArrangeCare");
        Require.positive(meanDaysToDebtApproach, "conditions.meanDaysToDebtApproach");
        Require.probability(unsupportedRateRatio, "conditions.unsupportedRateRatio");
        Require.positive(meanDaysJobKeptAfterRelease, "conditions.meanDaysJobKeptAfterRelease");
        Require.positive(meanDaysHomeKeptAfterRelease, "conditions.meanDaysHomeKeptAfterRelease");
        Require.positive(meanDaysIdKept, "conditions.meanDaysIdKept");
        Require.positive(meanDaysToInsuranceDefault, "conditions.meanDaysToInsuranceDefault");
        Require.positive(followUpDaysAfterRelease, "conditions.followUpDaysAfterRelease");
        Require.positive(meanDaysToStartEducation, "conditions.meanDaysToStartEducation");
        Require.positive(meanDaysInEducation, "conditions.meanDaysInEducation");
        Require.probability(probabilityQualifiedByEducation, "conditions.probabilityQualifiedByEducation");
        Require.positive(workRateRatioQualified, "conditions.workRateRatioQualified");
    }
}
