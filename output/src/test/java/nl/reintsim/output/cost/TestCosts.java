package nl.reintsim.output.cost;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.reintsim.simulation.parameters.CostParameters;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.scenario.InputException;
import nl.reintsim.simulation.scenario.ParameterLoader;

/** The shipped unit costs, for tests of the output module. */
public final class TestCosts {
    private TestCosts() { }

    public static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.exists(here.resolve("calibration/parameters/nl-2025.yaml"))) here = here.getParent();
        return here;
    }

    public static CostParameters shipped() { return parameters().costs(); }

    public static ModelParameters parameters() {
        try {
            return ParameterLoader.load(repository().resolve("calibration/parameters/nl-2025.yaml"));
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
