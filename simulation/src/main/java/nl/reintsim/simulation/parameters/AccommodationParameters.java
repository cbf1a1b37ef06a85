package nl.reintsim.simulation.parameters;

/**
 * Finite shelter beds and supported-housing places open to ex-detainees, pooled per region, and how
 * long people stay in them.
 *
 * @param shelterBedsPer10k              shelter beds available to ex-detainees per 10,000 inhabitants of a region
 * @param supportedHousingPer10k         supported-housing places available to ex-detainees per 10,000 inhabitants
 * @param meanDaysInShelter              mean length of a shelter stay; a shelter is temporary
 * @param meanDaysInSupportedHousing     mean days until someone moves on from supported housing to a home
 * @param meanDaysWaitingForShelter      mean days someone who found no bed keeps waiting for one before giving
 *                                       up (and, within the follow-up, asking again later)
 */
public record AccommodationParameters(double shelterBedsPer10k, double supportedHousingPer10k, double meanDaysInShelter,
                                      double meanDaysInSupportedHousing, double meanDaysWaitingForShelter) {
    public AccommodationParameters {
        Require.nonNegative(shelterBedsPer10k, "accommodation.shelterBedsPer10k");
        Require.nonNegative(supportedHousingPer10k, "accommodation.supportedHousingPer10k");
        Require.positive(meanDaysInShelter, "accommodation.meanDaysInShelter");
        Require.positive(meanDaysInSupportedHousing, "accommodation.meanDaysInSupportedHousing");
        Require.positive(meanDaysWaitingForShelter, "accommodation.meanDaysWaitingForShelter");
    }
}
