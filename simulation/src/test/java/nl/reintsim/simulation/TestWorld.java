package nl.reintsim.simulation;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.policy.Levers;
import nl.reintsim.simulation.scenario.InputException;
import nl.reintsim.simulation.scenario.ParameterLoader;
import nl.reintsim.simulation.scenario.Scenario;

/** Shared fixtures: the shipped parameter file and small scenarios built in code. */
public final class TestWorld {
    private TestWorld() { }

    public static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !here.resolve("calibration/parameters/nl-2025.yaml").toFile().exists()) here = here.getParent();
        if (here == null) throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        return here;
    }

    public static ModelParameters shippedParameters() {
        try {
            return ParameterLoader.load(repository().resolve("calibration/parameters/nl-2025.yaml"));
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static nl.reintsim.simulation.engine.ModelInputs shippedInputs() {
        try {
            return new nl.reintsim.simulation.engine.ModelInputs(shippedParameters(),
                    nl.reintsim.simulation.scenario.MunicipalityTableLoader.load(repository().resolve("calibration/municipalities/nl-2025.csv")));
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The shipped inputs with another warm-up: shorter for tests about something else, or to compare warm-ups. */
    public static nl.reintsim.simulation.engine.ModelInputs shippedInputs(int warmupYears) {
        var shipped = shippedInputs();
        return new nl.reintsim.simulation.engine.ModelInputs(shipped.parameters().withWarmupYears(warmupYears), shipped.municipalities());
    }

    public static Scenario scenario(String name, int horizonYears, Levers levers) {
        return new Scenario(name, new Scenario.Text(name, name), new Scenario.Text(name, name),
                LocalDate.of(2026, 1, 1), horizonYears, levers);
    }
}
