package nl.reintsim.calibration;

import java.util.List;
import nl.reintsim.output.kpi.KpiReplications;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.simulation.engine.ModelInputs;
import nl.reintsim.simulation.engine.ReplicationRunner;
import nl.reintsim.simulation.engine.RunSettings;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.scenario.Scenario;

/**
 * The model's distance to the targets: a few replications of one scenario with candidate values, always
 * replications 0 .. n-1 of the same master seed (common random numbers), so that two candidates differ
 * only by their parameters and the distance is a deterministic function of them.
 */
public final class ModelObjective implements Calibrator.Objective {
    private final ParameterFile file;
    private final List<Municipality> municipalities;
    private final Scenario scenario;
    private final List<Target> targets;
    private final RunSettings settings;
    private final ReplicationRunner.Progress progress;

    public ModelObjective(ParameterFile file, List<Municipality> municipalities, Scenario scenario, List<Target> targets,
                          RunSettings settings, ReplicationRunner.Progress progress) {
        this.file = file;
        this.municipalities = List.copyOf(municipalities);
        this.scenario = scenario;
        this.targets = List.copyOf(targets);
        this.settings = settings;
        this.progress = progress;
    }

    @Override public double distance(double[] values) {
        return FitReport.distance(targets, replications(values));
    }

    /** The replications behind one evaluation, for a fit report of the same numbers. */
    public List<ReplicationKpis> replications(double[] values) {
        ModelInputs inputs = new ModelInputs(file.parameters(values), municipalities);
        return KpiReplications.run(List.of(scenario), inputs, settings, 0, progress).get(0);
    }
}
