package nl.reintsim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.simulation.scenario.InputException;
import nl.reintsim.simulation.scenario.Section;
import nl.reintsim.simulation.scenario.YamlDocument;

/** Reads a targets file such as {@code calibration/targets/nl.yaml}; every problem is named with file, line and field. */
public final class TargetLoader {
    public static final String FORMAT = "reintsim-targets/1";

    private TargetLoader() { }

    public static List<Target> load(Path file) throws InputException {
        return read(YamlDocument.read(file));
    }

    /** As {@link #load}, from a document already read (validate reads a file once to tell what kind it is). */
    public static List<Target> read(YamlDocument document) throws InputException {
        Section root = document.root();
        String format = root.text("format");
        if (!format.isEmpty() && !format.equals(FORMAT)) root.problem("format", "found \"" + format + "\", expected " + FORMAT);
        List<Target> targets = new ArrayList<>();
        List<Section> entries = root.list("targets");
        for (Section t : entries) {
            String key = t.text("kpi");
            Kpi kpi = Kpi.byKey(key);
            if (kpi == null && !key.isEmpty()) t.problem("kpi", "found \"" + key + "\", not a KPI of summary.csv");
            double value = t.number("value", -1e12, 1e12);
            double tolerance = t.number("tolerance", 0, 1e12);
            if (tolerance == 0) t.problem("tolerance", "must be above 0");
            double weight = t.number("weight", 0, 1000);
            String population = t.text("population");
            String source = t.text("source");
            t.rejectUnknownKeys();
            if (kpi != null && tolerance > 0) targets.add(new Target(kpi, value, tolerance, weight, population, source));
        }
        root.rejectUnknownKeys();
        document.throwIfProblems();
        return targets;
    }
}
