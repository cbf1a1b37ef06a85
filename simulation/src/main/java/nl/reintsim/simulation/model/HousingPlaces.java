package nl.reintsim.simulation.model;

import nl.reintsim.simulation.capacity.Capacity;

/**
 * Shelter beds (maatschappelijke opvang) and supported-housing places, pooled per region as the
 * centre municipalities organise them: finite, with a first-come-first-served queue each (ODD 7.9).
 * Other housing is not counted in places; its scarcity is the registration wait of the municipality [HS].
 */
public final class HousingPlaces {
    private final int[] regionOfMunicipality;
    private final Capacity[] shelterBeds;
    private final Capacity[] supportedHousing;
    private final long[] regionPopulation;

    /**
     * @param regionOfMunicipality region index per municipality index
     * @param shelterBeds          per region
     * @param supportedHousing     per region
     * @param regionPopulation     inhabitants per region (places are set per 10,000)
     */
    public HousingPlaces(int[] regionOfMunicipality, Capacity[] shelterBeds, Capacity[] supportedHousing, long[] regionPopulation) {
        if (regionPopulation.length != shelterBeds.length) throw new IllegalArgumentException("one population per region");
        if (shelterBeds.length != supportedHousing.length) throw new IllegalArgumentException("one shelter and one supported-housing capacity per region");
        for (int region : regionOfMunicipality) {
            if (region < 0 || region >= shelterBeds.length) throw new IllegalArgumentException("region index out of range: " + region);
        }
        this.regionOfMunicipality = regionOfMunicipality.clone();
        this.shelterBeds = shelterBeds.clone();
        this.supportedHousing = supportedHousing.clone();
        this.regionPopulation = regionPopulation.clone();
    }

    /** Whether this kind of housing takes one of the counted places. */
    public static boolean isCapped(Housing housing) {
        return housing == Housing.SHELTER || housing == Housing.INSTITUTION;
    }

    public int regions() { return shelterBeds.length; }
    public int region(int municipality) { return regionOfMunicipality[municipality]; }
    public long population(int region) { return regionPopulation[region]; }

    /** Places for this many per 10,000 inhabitants of a region, rounded to whole places. */
    public int placesFor(double per10k, int region) { return (int) Math.round(per10k * regionPopulation[region] / 10_000.0); }

    /** The places of this capped kind of housing in a region. */
    public Capacity places(Housing housing, int region) {
        return switch (housing) {
            case SHELTER -> shelterBeds[region];
            case INSTITUTION -> supportedHousing[region];
            default -> throw new IllegalArgumentException(housing + " takes no counted place");
        };
    }

    /** Takes over the occupancy and queues of {@code other}, a copy of the same regions. */
    void copyStateFrom(HousingPlaces other) {
        for (int r = 0; r < regions(); r++) {
            shelterBeds[r].copyStateFrom(other.shelterBeds[r]);
            supportedHousing[r].copyStateFrom(other.supportedHousing[r]);
        }
    }

    public int waiting(Housing housing) {
        int sum = 0;
        for (int r = 0; r < regions(); r++) sum += places(housing, r).waiting();
        return sum;
    }

    public int occupied(Housing housing) {
        int sum = 0;
        for (int r = 0; r < regions(); r++) sum += places(housing, r).occupied();
        return sum;
    }
}
