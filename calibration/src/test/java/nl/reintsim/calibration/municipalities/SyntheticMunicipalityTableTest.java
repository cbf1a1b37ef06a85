package nl.reintsim.calibration.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.scenario.MunicipalityTableLoader;
import org.junit.jupiter.api.Test;

class SyntheticMunicipalityTableTest {
    static Path shipped() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.exists(here.resolve("calibration/parameters/nl-2025.yaml"))) here = here.getParent();
        return here.resolve("calibration/municipalities/nl-2025.csv");
    }

    /** Run with -Dreintsim.regenerate=true to rewrite the shipped table after changing the recipe. */
    @Test void theShippedTableIsExactlyWhatTheRecipeMakes() throws Exception {
        if (Boolean.getBoolean("reintsim.regenerate")) Files.writeString(shipped(), SyntheticMunicipalityTable.csv());
        assertEquals(SyntheticMunicipalityTable.csv(), Files.readString(shipped()),
                "calibration/municipalities/nl-2025.csv differs from its recipe; regenerate with -Dreintsim.regenerate=true");
    }

    @Test void theTableHasTheBriefsSizeDistribution() throws Exception {
        List<Municipality> table = MunicipalityTableLoader.load(shipped());
        assertEquals(342, table.size());
        long total = table.stream().mapToLong(Municipality::population).sum();
        assertEquals(18_000_000, total, 5_000);
        int[] sorted = table.stream().mapToInt(Municipality::population).sorted().toArray();
        assertEquals(30_000, (sorted[170] + sorted[171]) / 2.0, 1_500);
        assertEquals(53_000, total / 342.0, 1_000);
        assertEquals(4, table.stream().filter(m -> m.sizeClass() == SizeClass.G4).count());
        assertTrue(Arrays.stream(sorted).limit(338).allMatch(p -> p <= 240_000));
    }
}
