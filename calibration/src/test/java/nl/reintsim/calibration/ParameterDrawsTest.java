package nl.reintsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.parameters.Unit;
import org.junit.jupiter.api.Test;

class ParameterDrawsTest {
    private static final int DRAWS = 10;

    private static ParameterFile shipped() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.exists(here.resolve("calibration/parameters/nl-2025.yaml"))) here = here.getParent();
        return ParameterFile.load(here.resolve("calibration/parameters/nl-2025.yaml"));
    }

    @Test void drawsVaryTheUnfittedAssumptionsOnlyAndEachRangeIsCutIntoStrataUsedOnce() throws Exception {
        ParameterDraws draws = new ParameterDraws(shipped(), DRAWS, 5);
        assertTrue(draws.uncertain().size() > 30, "many assumptions carry a range: " + draws.uncertain().size());
        for (int j = 0; j < draws.uncertain().size(); j++) {
            Quantity q = draws.uncertain().get(j);
            assertNull(q.fit(), q.path());
            assertNotEquals(Unit.SHARE, q.unit(), q.path());
            boolean[] stratumUsed = new boolean[DRAWS];
            for (int d = 0; d < DRAWS; d++) {
                double u = (draws.value(d, j) - q.range().min()) / (q.range().max() - q.range().min());
                assertTrue(u >= -1e-3 && u <= 1 + 1e-3, q.path() + " outside its range: " + draws.value(d, j));
                int stratum = Math.min(DRAWS - 1, Math.max(0, (int) Math.floor(u * DRAWS)));
                stratumUsed[stratum] = true;
            }
            int used = 0;
            for (boolean b : stratumUsed) if (b) used++;
            assertTrue(used >= DRAWS - 1, q.path() + ": " + used + " of " + DRAWS + " strata used (rounding may merge a neighbour)");
        }
    }

    @Test void everyDrawIsAValidParameterSetCarryingItsDrawnValues() throws Exception {
        ParameterDraws draws = new ParameterDraws(shipped(), DRAWS, 5);
        for (int d = 0; d < DRAWS; d++) {
            ModelParameters p = draws.parameters(d);
            for (int j = 0; j < draws.uncertain().size(); j++) {
                String path = draws.uncertain().get(j).path();
                double value = p.quantities().stream().filter(q -> q.path().equals(path)).findFirst().orElseThrow().value();
                assertEquals(draws.value(d, j), value, 0, path);
            }
        }
    }

    @Test void theSameSeedGivesTheSameDrawsAndAnotherSeedOthers() throws Exception {
        ParameterFile file = shipped();
        ParameterDraws a = new ParameterDraws(file, DRAWS, 5);
        ParameterDraws b = new ParameterDraws(file, DRAWS, 5);
        ParameterDraws c = new ParameterDraws(file, DRAWS, 6);
        boolean differs = false;
        for (int d = 0; d < DRAWS; d++) {
            for (int j = 0; j < a.uncertain().size(); j++) {
                assertEquals(a.value(d, j), b.value(d, j), 0);
                differs |= a.value(d, j) != c.value(d, j);
            }
        }
        assertTrue(differs);
    }
}
