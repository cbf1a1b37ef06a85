package nl.reintsim.output.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.reintsim.simulation.engine.ModelInputs;
import nl.reintsim.simulation.engine.ReplicationRunner;
import nl.reintsim.simulation.engine.RunSettings;
import nl.reintsim.simulation.scenario.Scenario;

/** Runs replications and keeps only their KPIs: what run, compare, calibrate and bench all need. */
public final class KpiReplications {
    private KpiReplications() { }

    /**
     * Replications {@code first .. first + settings.replications() - 1} of every scenario, one mutable list per
     * scenario in replication order (callers append further batches).
     */
    public static List<List<ReplicationKpis>> run(List<Scenario> scenarios, ModelInputs inputs, RunSettings settings, int first,
                                                  ReplicationRunner.Progress progress) {
        return ReplicationRunner.run(scenarios, inputs, settings, first,
                        (scenario, replication, calendar) -> new KpiAccumulator(scenario.name(), replication, calendar,
                                inputs.municipalities(), inputs.parameters()),
                        KpiAccumulator::result, progress).stream()
                .map(list -> (List<ReplicationKpis>) new ArrayList<>(list))
                .collect(Collectors.toList());
    }
}
