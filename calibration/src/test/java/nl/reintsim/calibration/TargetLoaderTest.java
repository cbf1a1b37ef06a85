package nl.reintsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.simulation.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetLoaderTest {
    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.exists(here.resolve("calibration/targets/nl.yaml"))) here = here.getParent();
        return here;
    }

    @Test void theShippedTargetsLoadWithASourceEach() throws Exception {
        List<Target> targets = TargetLoader.load(repository().resolve("calibration/targets/nl.yaml"));
        assertTrue(targets.size() >= 15);
        assertTrue(targets.stream().anyMatch(t -> t.kpi() == Kpi.RECIDIVISM_2Y && t.value() == 0.49));
        for (Target t : targets) assertTrue(!t.source().isBlank() && t.tolerance() > 0, t.kpi().key());
    }

    @Test void anUnknownKpiIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, """
                format: reintsim-targets/1
                targets:
                  - {kpi: recidivism_2y, value: 0.49, tolerance: 0.01, weight: 1, population: p, source: W6}
                  - {kpi: recidivsm_2y, value: 0.49, tolerance: 0.01, weight: 1, population: p, source: W6}
                """);
        InputException e = assertThrows(InputException.class, () -> TargetLoader.load(file));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).toString().contains("t.yaml:4:") && e.problems().get(0).toString().contains("recidivsm_2y"),
                e.problems().get(0).toString());
    }

    @Test void theDistanceIsOneAtTheEdgeOfTheToleranceAndGrowsWithTheSquare() {
        Target t = new Target(Kpi.RECIDIVISM_2Y, 0.49, 0.01, 2, "p", "W6");
        assertEquals(2, t.distance(0.50), 1e-9);
        assertEquals(8, t.distance(0.47), 1e-9);
        assertTrue(t.isMatched(0.495) && !t.isMatched(0.505));
    }
}
