package nl.reintsim.simulation.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.reintsim.simulation.policy.BijdrageregelingBudget;
import nl.reintsim.simulation.policy.CaseManagerCapacity;
import nl.reintsim.simulation.policy.HousingSupply;
import nl.reintsim.simulation.policy.IdInDetention;
import nl.reintsim.simulation.policy.InformationSharing;
import nl.reintsim.simulation.policy.Levers;
import nl.reintsim.simulation.policy.RegionalCoordination;
import nl.reintsim.simulation.policy.RentContinuation;
import nl.reintsim.simulation.policy.RioAllocation;
import nl.reintsim.simulation.policy.RioExpansion;
import nl.reintsim.simulation.policy.StatutoryDuty;

/** Reads a scenario file such as {@code scenarios/baseline.yaml}. */
public final class ScenarioLoader {
    /** The horizon a scenario may ask for, in years. */
    public static final int MAX_HORIZON_YEARS = 50;
    /** What a scenario name may look like. */
    public static final String NAME_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private ScenarioLoader() { }

    public static Scenario load(Path file) throws InputException {
        return read(YamlDocument.read(file));
    }

    public static Scenario read(YamlDocument document) throws InputException {
        Section root = document.root();
        String name = root.text("name");
        if (!name.isEmpty() && !name.matches(NAME_PATTERN)) {
            root.problem("name", "found \"" + name + "\", allowed: lower-case letters, digits and single hyphens, e.g. rio-national");
        }
        Scenario.Text title = text(root.section("title"));
        Scenario.Text description = text(root.section("description"));
        LocalDate start = root.date("start");
        int horizon = root.integer("horizonYears", 1, MAX_HORIZON_YEARS);
        Levers levers = Levers.none();
        if (root.has("levers")) levers = levers(root.section("levers"), start);
        root.rejectUnknownKeys();
        document.throwIfProblems();
        return new Scenario(name, title, description, start, horizon, levers);
    }

    /** Each lever section present is read by its {@link ScenarioFormat}; the rest stay null (parameter file in force). */
    private static Levers levers(Section section, LocalDate start) {
        ScenarioFormat.Values id = lever(section, "idInDetention", start);
        ScenarioFormat.Values caseManagers = lever(section, "caseManagerCapacity", start);
        ScenarioFormat.Values information = lever(section, "informationSharing", start);
        ScenarioFormat.Values rent = lever(section, "rentContinuation", start);
        ScenarioFormat.Values subsidy = lever(section, "bijdrageregeling", start);
        ScenarioFormat.Values regional = lever(section, "regionalCoordination", start);
        ScenarioFormat.Values duty = lever(section, "statutoryDuty", start);
        ScenarioFormat.Values rio = lever(section, "rio", start);
        ScenarioFormat.Values housing = lever(section, "housing", start);
        section.rejectUnknownKeys();
        if (rio != null && rio.number("minimumAgeYears") > rio.number("maximumAgeYears")) {
            section.problem("rio.maximumAgeYears", "found " + Section.fmt(rio.number("maximumAgeYears"))
                    + ", must be at least minimumAgeYears " + Section.fmt(rio.number("minimumAgeYears")));
        }
        return new Levers(
                id == null ? null : new IdInDetention(id.date("from"), id.number("probabilityIdArranged")),
                caseManagers == null ? null : new CaseManagerCapacity(caseManagers.date("from"), caseManagers.number("fte"),
                        caseManagers.number("caseloadNormPerFte")),
                information == null ? null : new InformationSharing(information.date("from"), information.number("probabilityPlanShared"),
                        information.number("probabilityNotifiedAfterSuddenRelease")),
                rent == null ? null : new RentContinuation(rent.date("from"), rent.number("minimumShareOfMunicipalities")),
                subsidy == null ? null : new BijdrageregelingBudget(subsidy.date("from"), subsidy.number("budgetEurosPerYear"),
                        subsidy.number("minimumReturneesPerYearToApply"), subsidy.choice("distributionKey"),
                        subsidy.flag("perCaseFunding")),
                regional == null ? null : new RegionalCoordination(regional.date("from"), regional.number("maximumPopulation"),
                        regional.number("minimumShareOfMunicipalities")),
                duty == null ? null : new StatutoryDuty(duty.date("from"), duty.bySizeClass("compliance"),
                        duty.number("extraCoordinatorHoursPerWeekPer10k"), duty.flag("fixedContactPerson")),
                rio == null ? null : new RioExpansion(rio.date("from"), rio.number("fte"), rio.number("caseloadPerFte"),
                        rio.number("minimumAgeYears"), Math.max(rio.number("minimumAgeYears"), rio.number("maximumAgeYears")),
                        RioAllocation.byKey(rio.choice("allocation"))),
                housing == null ? null : new HousingSupply(housing.date("from"), housing.number("priorityMinimumStayDays"),
                        housing.number("priorityWaitRatio"), housing.number("extraShelterBedsPer10k"),
                        housing.number("extraSupportedHousingPer10k")));
    }

    /** A lever section read by its format, or null when absent; it may not start before the scenario. */
    private static ScenarioFormat.Values lever(Section levers, String key, LocalDate start) {
        Section section = levers.optionalSection(key);
        if (section == null) return null;
        ScenarioFormat.Values values = ScenarioFormat.read(ScenarioFormat.lever(key), section);
        LocalDate from = values.date("from");
        if (from.isBefore(start)) {
            section.problem("from", "found " + from + ", a lever cannot start before the scenario start " + start);
        }
        return values;
    }

    private static Scenario.Text text(Section section) {
        Scenario.Text text = new Scenario.Text(section.text("nl"), section.text("en"));
        section.rejectUnknownKeys();
        return text;
    }
}
