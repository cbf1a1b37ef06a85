package nl.reintsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.reintsim.simulation.engine.ModelInputs;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.scenario.MunicipalityTableLoader;
import nl.reintsim.simulation.scenario.ParameterLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark measures; these tests check what it measures with, not how fast anything is. */
class BenchCommandTest {
    @TempDir Path dir;

    @Test void scalingMakesKCopiesOfTheCountryWithTheirOwnRegionsAndCapacities() throws Exception {
        Path root = CliTest.repositoryRoot();
        ModelParameters p = ParameterLoader.load(root.resolve("calibration/parameters/nl-2025.yaml"));
        List<Municipality> table = MunicipalityTableLoader.load(root.resolve("calibration/municipalities/nl-2025.csv"));
        ModelInputs five = BenchCommand.scaled(p, table, 5);
        assertEquals(5 * table.size(), five.municipalities().size());
        for (int i = 0; i < five.municipalities().size(); i++) assertEquals(i, five.municipalities().get(i).index());
        Set<String> regions = new HashSet<>();
        for (Municipality m : table) regions.add(m.region());
        Set<String> scaledRegions = new HashSet<>();
        for (Municipality m : five.municipalities()) scaledRegions.add(m.region());
        assertEquals(5 * regions.size(), scaledRegions.size());
        assertEquals(5 * p.inflow().newcomersPerYear(), five.parameters().inflow().newcomersPerYear(), 1e-9);
        assertEquals(5 * p.caseManagers().fte(), five.parameters().caseManagers().fte(), 1e-9);
        assertEquals(5 * p.support().probationCapacityCases(), five.parameters().support().probationCapacityCases(), 1e-9);
        assertEquals(5 * p.bijdrageregeling().budgetEurosPerYear(), five.parameters().bijdrageregeling().budgetEurosPerYear(), 1e-9);
    }

    @Test void anExistingResultFileIsNotOverwrittenWithoutForce() throws Exception {
        CliTest.locateRepository(dir);
        Path out = dir.resolve("bench.json");
        Files.writeString(out, "earlier");
        CliTest.Result result = CliTest.reintsim("bench", "--quick", "--out", out.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--force"), result.err());
        assertEquals("earlier", Files.readString(out));
    }

    @Test void theCpuFigureIsTheMedianRunNotTheFirstOrTheFastest() {
        BenchCommand.Measured slow = new BenchCommand.Measured(5.1, 2.0, 5.2, 10, 20);
        BenchCommand.Measured fast = new BenchCommand.Measured(3.4, 1.4, 3.5, 10, 20);
        BenchCommand.Measured middle = new BenchCommand.Measured(3.9, 1.6, 4.0, 10, 20);
        assertEquals(middle, BenchCommand.median(List.of(slow, fast, middle)));
        assertEquals(fast, BenchCommand.median(List.of(slow, fast)), "of two, the faster");
    }
}
