package nl.reintsim.simulation.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.reintsim.simulation.policy.IdInDetention;
import nl.reintsim.simulation.policy.Levers;

/** Reads a scenario file such as {@code scenarios/baseline.yaml}. */
public final class ScenarioLoader {
    /** The horizon a scenario may ask for, in years. */
    public static final int MAX_HORIZON_YEARS = 50;

    private ScenarioLoader() { }

    public static Scenario load(Path file) throws InputException {
        return read(YamlDocument.read(file));
    }

    public static Scenario read(YamlDocument document) throws InputException {
        Section root = document.root();
        String name = root.text("name");
        if (!name.isEmpty() && !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            root.problem("name", "found \"" + name + "\", allowed: lower-case letters, digits and single hyphens, e.g. rio-national");
        }
        Scenario.Text title = text(root.section("title"));
        Scenario.Text description = text(root.section("description"));
        LocalDate start = root.date("start");
        int horizon = root.integer("horizonYears", 1, MAX_HORIZON_YEARS);
        Levers levers = Levers.none();
        if (root.has("levers")) {
            Section section = root.section("levers");
            IdInDetention id = null;
            Section idSection = section.optionalSection("idInDetention");
            if (idSection != null) {
                LocalDate from = idSection.date("from");
                if (from.isBefore(start)) {
                    idSection.problem("from", "found " + from + ", a lever cannot start before the scenario start " + start);
                }
                id = new IdInDetention(from, idSection.number("probabilityIdArranged", 0, 1));
                idSection.rejectUnknownKeys();
            }
            section.rejectUnknownKeys();
            levers = new Levers(id);
        }
        root.rejectUnknownKeys();
        document.throwIfProblems();
        return new Scenario(name, title, description, start, horizon, levers);
    }

    private static Scenario.Text text(Section section) {
        Scenario.Text text = new Scenario.Text(section.text("nl"), section.text("en"));
        section.rejectUnknownKeys();
        return text;
    }
}
