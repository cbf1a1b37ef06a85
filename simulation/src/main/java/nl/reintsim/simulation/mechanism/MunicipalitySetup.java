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
        int[] rioSlots = rioSlots(table, weights, totalWeight,
                (int) Math.floor(parameters.support().rioFte() * parameters.support().rioCaseloadPerFte()));

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
            shelter[r] = new Capacity("shelter beds region " + r, places(accommodation.shelterBedsPer10k(), population[r]));
            supported[r] = new Capacity("supported housing region " + r, places(accommodation.supportedHousingPer10k(), population[r]));
        }
        return new HousingPlaces(regionOf, shelter, supported);
    }

    private static int places(double per10k, long population) {
        return (int) Math.round(per10k * population / 10_000.0);
    }

    /**
     * Pro rata to release weight; a municipality whose share is below one place gets none [K26: RIOs go
     * where problems are largest]. Places left after rounding down go by largest remainder to those that
     * have places (or, if none has, to the largest municipalities).
     */
    static int[] rioSlots(List<Municipality> table, double[] weights, double totalWeight, int places) {
        int[] slots = new int[table.size()];
        double[] remainder = new double[table.size()];
        int assigned = 0;
        for (Municipality mu : table) {
            double exact = places * weights[mu.index()] / totalWeight;
            slots[mu.index()] = (int) Math.floor(exact);
            remainder[mu.index()] = exact - slots[mu.index()];
            assigned += slots[mu.index()];
        }
        List<Municipality> candidates = new ArrayList<>();
        for (Municipality mu : table) if (slots[mu.index()] > 0) candidates.add(mu);
        if (candidates.isEmpty()) candidates.addAll(table);
        candidates.sort(Comparator.comparingDouble((Municipality mu) -> -remainder[mu.index()])
                .thenComparingDouble(mu -> -weights[mu.index()]).thenComparingInt(Municipality::index));
        for (int k = 0; assigned < places; k = (k + 1) % candidates.size()) {
            slots[candidates.get(k).index()]++;
            assigned++;
        }
        return slots;
    }
}
