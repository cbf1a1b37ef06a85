package nl.reintsim.simulation.engine;

import java.util.List;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.parameters.ModelParameters;

/** What the model is built from besides the scenario: the parameter set and the municipality table. */
public record ModelInputs(ModelParameters parameters, List<Municipality> municipalities) {
    public ModelInputs {
        municipalities = List.copyOf(municipalities);
        if (municipalities.isEmpty()) throw new IllegalArgumentException("the municipality table is empty");
    }
}
