package nl.reintsim.calibration.municipalities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Makes the shipped municipality table {@code calibration/municipalities/nl-2025.csv} from the
 * documented size distribution of the domain brief (3d), because no per-municipality file is shipped.
 * Deterministic: no random numbers, so the table can be checked against its recipe.
 *
 * <p>Recipe: the G4 with their populations and CBS codes; the other 338 municipalities at the
 * lognormal quantiles {@code (i − ½)/338} with median 30k, capped below the smallest G4 city at 240k,
 * with the spread chosen by bisection so that the national total is 18.0m. Regions and housing waits
 * are assumptions (see {@link #header()}).
 */
public final class SyntheticMunicipalityTable {
    /** [CBS] 342 municipalities in 2023–2025. */
    static final int MUNICIPALITIES = 342;
    /** [brief 3d, A] total population ≈ 18.0m, median ≈ 30k. */
    static final double TOTAL_POPULATION = 18_000_000;
    static final double MEDIAN_POPULATION = 30_000;
    /** [A] no municipality outside the G4 is larger than this (Eindhoven, the fifth, has ≈ 240k). */
    static final double LARGEST_OUTSIDE_G4 = 240_000;
    /** [A] synthetic coordination regions, about the number of Dutch safety regions. */
    static final int REGIONS = 25;

    record G4City(String code, String name, int population, String region, double housingWaitYears) { }

    /** [brief 3d] populations; [HS] registration times: Amsterdam/Utrecht 9–14 y, Rotterdam ~2 y; The Hague assumed 7. */
    static final List<G4City> G4 = List.of(
            new G4City("GM0363", "Amsterdam", 930_000, "R01", 12),
            new G4City("GM0599", "Rotterdam", 670_000, "R02", 2),
            new G4City("GM0518", "'s-Gravenhage", 560_000, "R03", 7),
            new G4City("GM0344", "Utrecht", 370_000, "R04", 10));

    private SyntheticMunicipalityTable() { }

    public static String csv() {
        StringBuilder s = new StringBuilder(header());
        s.append("code,name,population,size_class,region,housing_wait_years\n");
        for (G4City city : G4) {
            s.append(String.format(Locale.ROOT, "%s,%s,%d,g4,%s,%.1f%n", city.code(), city.name(), city.population(),
                    city.region(), city.housingWaitYears()));
        }
        int[] populations = others();
        for (int i = 0; i < populations.length; i++) {
            int population = populations[populations.length - 1 - i];
            String size = nl.reintsim.simulation.model.SizeClass.ofPopulation(population).key();
            String region = String.format(Locale.ROOT, "R%02d", 1 + (i * 7) % REGIONS);
            s.append(String.format(Locale.ROOT, "S%03d,Gemeente %03d,%d,%s,%s,%.1f%n", i + 1, i + 1, population, size, region,
                    housingWaitYears(population, i)));
        }
        return s.toString();
    }

    static String header() {
        return """
                # Synthetic municipality table for the Netherlands, 2025: 342 municipalities [CBS].
                # Made by nl.reintsim.calibration.municipalities.SyntheticMunicipalityTable (its test checks this file).
                # Populations: the G4 as in the domain brief 3d; the other 338 at lognormal quantiles (i - 1/2)/338 with
                #   median 30,000, capped at 240,000, spread fitted so the national total is 18.0m (brief 3d, an assumption).
                # Regions: 25 synthetic coordination regions, municipalities dealt round-robin (assumption).
                # Housing waits: G4 from [HS] (Amsterdam/Utrecht 9-14 y, Rotterdam ~2 y, The Hague assumed 7 y); others
                #   assumed 2.5 + 1.5 log2(population / 20,000), between 1.5 and 9 years, +-0.5 y alternating [HS: < 4 y peripheral].
                # Replace with a real table (same columns) via --municipalities FILE.
                """;
    }

    /** Populations of the municipalities outside the G4, ascending. */
    static int[] others() {
        int n = MUNICIPALITIES - G4.size();
        double target = TOTAL_POPULATION - G4.stream().mapToInt(G4City::population).sum();
        double low = 0.1, high = 3.0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double sigma = (low + high) / 2;
            if (total(n, sigma) < target) low = sigma; else high = sigma;
        }
        double sigma = (low + high) / 2;
        int[] populations = new int[n];
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        for (int i = 0; i < n; i++) {
            double z = normal.inverseCumulativeProbability((i + 0.5) / n);
            populations[i] = (int) Math.round(Math.min(LARGEST_OUTSIDE_G4, MEDIAN_POPULATION * Math.exp(sigma * z)));
        }
        return populations;
    }

    private static double total(int n, double sigma) {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.min(LARGEST_OUTSIDE_G4, MEDIAN_POPULATION * Math.exp(sigma * normal.inverseCumulativeProbability((i + 0.5) / n)));
        }
        return sum;
    }

    static double housingWaitYears(int population, int i) {
        double wait = 2.5 + 1.5 * Math.log(population / 20_000.0) / Math.log(2) + (i % 2 == 0 ? 0.5 : -0.5);
        return Math.max(1.5, Math.min(9, wait));
    }
}
