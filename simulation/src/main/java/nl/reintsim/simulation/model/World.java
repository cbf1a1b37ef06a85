package nl.reintsim.simulation.model;

import java.util.List;
import nl.reintsim.simulation.capacity.Capacity;

/**
 * The institutions of one replication: municipalities with their profiles, and national capacities.
 * Origin municipalities are drawn with probability proportional to their release weight.
 */
public final class World {
    private final List<MunicipalityProfile> municipalities;
    private final double[] cumulativeWeight;
    private final Capacity probation;
    private final HousingPlaces housingPlaces;

    public World(List<MunicipalityProfile> municipalities, Capacity probation, HousingPlaces housingPlaces) {
        this.municipalities = List.copyOf(municipalities);
        this.probation = probation;
        this.housingPlaces = housingPlaces;
        this.cumulativeWeight = new double[municipalities.size()];
        double sum = 0;
        for (int i = 0; i < municipalities.size(); i++) {
            sum += municipalities.get(i).releaseWeight();
            cumulativeWeight[i] = sum;
        }
        for (int i = 0; i < cumulativeWeight.length; i++) cumulativeWeight[i] /= sum;
    }

    /**
     * Takes over everything that changes during a run (capacities, queues, know-how, funded slots) from
     * {@code other}, a world built from the same table, parameters and seeds.
     */
    public void copyStateFrom(World other) {
        if (other.size() != size()) throw new IllegalArgumentException("worlds of " + other.size() + " and " + size() + " municipalities");
        for (int m = 0; m < size(); m++) municipality(m).copyStateFrom(other.municipality(m));
        probation.copyStateFrom(other.probation);
        housingPlaces.copyStateFrom(other.housingPlaces);
    }

    public MunicipalityProfile municipality(int index) { return municipalities.get(index); }
    public List<MunicipalityProfile> municipalities() { return municipalities; }
    public int size() { return municipalities.size(); }
    public Capacity probation() { return probation; }
    public HousingPlaces housingPlaces() { return housingPlaces; }

    /** The municipality a uniform number in [0, 1) falls on, by release weight. */
    public int drawMunicipality(double u) {
        int low = 0, high = cumulativeWeight.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (u < cumulativeWeight[mid]) high = mid; else low = mid + 1;
        }
        return low;
    }
}
