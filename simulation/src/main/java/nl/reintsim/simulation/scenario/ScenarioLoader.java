package nl.reintsim.simulation.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.reintsim.simulation.policy.BijdrageregelingBudget;
import nl.reintsim.simulation.policy.CaseManagerCapacity;
import nl.reintsim.simulation.policy.IdInDetention;
import nl.reintsim.simulation.policy.InformationSharing;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.parameters.BySizeClass;
import nl.reintsim.simulation.policy.RegionalCoordination;
import nl.reintsim.simulation.policy.StatutoryDuty;
import nl.reintsim.simulation.policy.RentContinuation;
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
            CaseManagerCapacity caseManagers = null;
            InformationSharing information = null;
            RentContinuation rent = null;
            Section l = section.optionalSection("idInDetention");
            if (l != null) {
                id = new IdInDetention(from(l, start), l.number("probabilityIdArranged", 0, 1));
                l.rejectUnknownKeys();
            }
            l = section.optionalSection("caseManagerCapacity");
            if (l != null) {
                caseManagers = new CaseManagerCapacity(from(l, start), Math.max(1, l.number("fte", 1, 100_000)),
                        Math.max(1, l.number("caseloadNormPerFte", 1, 10_000)));
                l.rejectUnknownKeys();
            }
            l = section.optionalSection("informationSharing");
            if (l != null) {
                information = new InformationSharing(from(l, start), l.number("probabilityPlanShared", 0, 1),
                        l.number("probabilityNotifiedAfterSuddenRelease", 0, 1));
                l.rejectUnknownKeys();
            }
            l = section.optionalSection("rentContinuation");
            if (l != null) {
                rent = new RentContinuation(from(l, start), l.number("minimumShareOfMunicipalities", 0, 1));
                l.rejectUnknownKeys();
            }
            BijdrageregelingBudget subsidy = null;
            l = section.optionalSection("bijdrageregeling");
            if (l != null) {
                subsidy = new BijdrageregelingBudget(from(l, start), l.number("budgetEurosPerYear", 0, 1e10),
                        l.number("minimumReturneesPerYearToApply", 0, 100_000));
                l.rejectUnknownKeys();
            }
            RegionalCoordination regional = null;
            l = section.optionalSection("regionalCoordination");
            if (l != null) {
                regional = new RegionalCoordination(from(l, start), l.number("maximumPopulation", 0, 10_000_000),
                        l.number("minimumShareOfMunicipalities", 0, 1));
                l.rejectUnknownKeys();
            }
            StatutoryDuty duty = null;
            l = section.optionalSection("statutoryDuty");
            if (l != null) {
                LocalDate from = from(l, start);
                Section compliance = l.section("compliance");
                double[] shares = new double[SizeClass.values().length];
                for (SizeClass size : SizeClass.values()) shares[size.ordinal()] = compliance.number(size.key(), 0, 1);
                compliance.rejectUnknownKeys();
                duty = new StatutoryDuty(from, new BySizeClass(shares), l.number("extraCoordinatorHoursPerWeekPer10k", 0, 1000));
                l.rejectUnknownKeys();
            }
            section.rejectUnknownKeys();
            levers = new Levers(id, caseManagers, information, rent, subsidy, regional, duty);
        }
        root.rejectUnknownKeys();
        document.throwIfProblems();
        return new Scenario(name, title, description, start, horizon, levers);
    }

    /** A lever's start date; it may not lie before the scenario's start. */
    private static LocalDate from(Section lever, LocalDate start) {
        LocalDate from = lever.date("from");
        if (from.isBefore(start)) {
            lever.problem("from", "found " + from + ", a lever cannot start before the scenario start " + start);
        }
        return from;
    }

    private static Scenario.Text text(Section section) {
        Scenario.Text text = new Scenario.Text(section.text("nl"), section.text("en"));
        section.rejectUnknownKeys();
        return text;
    }
}
