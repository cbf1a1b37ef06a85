package nl.reintsim.simulation.mechanism;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.simulation.capacity.Capacity;
import nl.reintsim.simulation.model.HousingPlaces;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.MunicipalityProfile;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.parameters.AccommodationParameters;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.MunicipalParameters;
import nl.reintsim.simulation.policy.RioAllocation;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * Builds the institutions at the start of a replication (ODD 5, initialisation): each municipality's
 * policies are drawn from its size class's probabilities, keyed by municipality, so replication i has
 * the same municipal landscape in every scenario. Coordinator capacity follows from the hours per
 * 10,000 inhabitants; RIO places go where the problems are largest [K26]: pro rata to expected
 * releases, and a municipality whose share is less than one place gets none. Shelter beds and
 * supported-housing places are pooled per region.
 */
public final class MunicipalitySetup {
    private MunicipalitySetup() { }

    public static World build(List<Municipality> table, ModelParameters parameters, RandomStreams streams) {
        MunicipalParameters m = parameters.municipalities();
        KeyedRandom random = streams.keyed(RandomPurpose.MUNICIPAL_POLICY);
        double elasticity = parameters.origin().releaseShareElasticity();
        double[] weights = new double[table.size()];
        double totalWeight = 0;
        for (Municipality municipality : table) {
            weights[municipality.index()] = Math.pow(municipality.population(), elasticity);
            totalWeight += weights[municipality.index()];
        }
        int[] rioSlots = rioSlots(table, weights,
                (int) Math.floor(parameters.support().rioFte() * parameters.support().rioCaseloadPerFte()),
                RioAllocation.LARGEST_PROBLEMS_FIRST);

        List<MunicipalityProfile> profiles = new ArrayList<>();
        for (Municipality municipality : table) {
            int i = municipality.index();
            var size = municipality.sizeClass();
            double hours = Math.max(m.minimumCoordinatorHoursPerWeek(),
                    m.coordinatorHoursPerWeekPer10k().of(size) * municipality.population() / 10_000.0);
            int slots = Math.max(1, (int) Math.floor(hours / m.hoursPerCasePerWeek()));
            profiles.add(new MunicipalityProfile(municipality, weights[i],
                    random.uniform(i, 0) < m.probabilityDedicatedTeam().of(size),
                    random.uniform(i, 1) < m.probabilityInReachVisits().of(size),
                    random.uniform(i, 2), m.probabilityRentContinuation().of(size),
                    random.uniform(i, 3) < m.probabilityBenefitFrozen().of(size),
                    random.uniform(i, 4), m.probabilityRegionalPoint().of(size), random.uniform(i, 5),
                    slots, rioSlots[i]));
        }
        return new World(profiles, new Capacity("probation", (int) Math.floor(parameters.support().probationCapacityCases())),
                housingPlaces(table, parameters.accommodation()));
    }

    /**
     * Shelter beds and supported-housing places per region (regions in order of first appearance in
     * the table), in proportion to the region's population.
     */
    static HousingPlaces housingPlaces(List<Municipality> table, AccommodationParameters accommodation) {
        Map<String, Integer> regionIndex = new LinkedHashMap<>();
        int[] regionOf = new int[table.size()];
        for (Municipality municipality : table) {
            regionOf[municipality.index()] = regionIndex.computeIfAbsent(municipality.region(), r -> regionIndex.size());
        }
        long[] population = new long[regionIndex.size()];
        for (Municipality municipality : table) population[regionOf[municipality.index()]] += municipality.population();
        Capacity[] shelter = new Capacity[population.length];
        Capacity[] supported = new Capacity[population.length];
        for (int r = 0; r < population.length; r++) {
            shelter[r] = new Capacity("shelter beds region " + r, 0);
            supported[r] = new Capacity("supported housing region " + r, 0);
        }
        HousingPlaces places = new HousingPlaces(regionOf, shelter, supported, population);
        for (int r = 0; r < population.length; r++) {
            shelter[r].setSlots(places.placesFor(accommodation.shelterBedsPer10k(), r));
            supported[r].setSlots(places.placesFor(accommodation.supportedHousingPer10k(), r));
        }
        return places;
    }

    /**
     * RIO places per municipality by the allocation rule. All rules are pro rata to release weight, with
     * places left after rounding down going by largest remainder: under {@code LARGEST_PROBLEMS_FIRST} (today,
     * [K26]: RIOs go where problems are largest) only to municipalities that already have a place, so one
     * whose share is below one place gets none; under {@code PRO_RATA} to any municipality; under
     * {@code ALL_MUNICIPALITIES} every municipality first gets one place (largest first if there are too
     * few) and the rest is shared pro rata.
     */
    public static int[] rioSlots(List<Municipality> table, double[] weights, int places, RioAllocation rule) {
        int[] slots = new int[table.size()];
        int base = 0;
        if (rule == RioAllocation.ALL_MUNICIPALITIES) {
            List<Municipality> bySize = new ArrayList<>(table);
            bySize.sort(Comparator.comparingDouble((Municipality mu) -> -weights[mu.index()]).thenComparingInt(Municipality::index));
            for (Municipality mu : bySize) {
                if (base == places) break;
                slots[mu.index()] = 1;
                base++;
            }
        }
        int shared = places - base;
        double totalWeight = 0;
        for (Municipality mu : table) totalWeight += weights[mu.index()];
        double[] remainder = new double[table.size()];
        int assigned = 0;
        for (Municipality mu : table) {
            double exact = shared * weights[mu.index()] / totalWeight;
            int whole = (int) Math.floor(exact);
            slots[mu.index()] += whole;
            remainder[mu.index()] = exact - whole;
            assigned += whole;
        }
        List<Municipality> candidates = new ArrayList<>();
        for (Municipality mu : table) if (rule != RioAllocation.LARGEST_PROBLEMS_FIRST || slots[mu.index()] > 0) candidates.add(mu);
        if (candidates.isEmpty()) candidates.addAll(table);
        candidates.sort(Comparator.comparingDouble((Municipality mu) -> -remainder[mu.index()])
                .thenComparingDouble(mu -> -weights[mu.index()]).thenComparingInt(Municipality::index));
        for (int k = 0; assigned < shared; k = (k + 1) % candidates.size()) {
            slots[candidates.get(k).index()]++;
            assigned++;
        }
        return slots;
    }
}
