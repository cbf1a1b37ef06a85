package nl.reintsim.simulation.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.parameters.InflowParameters;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.PersonParameters;
import nl.reintsim.simulation.parameters.PreparationParameters;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.parameters.RecidivismParameters;
import nl.reintsim.simulation.parameters.RedetentionParameters;
import nl.reintsim.simulation.parameters.StayParameters;
import nl.reintsim.simulation.parameters.Unit;

/**
 * Reads a parameter file such as {@code calibration/parameters/nl-2025.yaml}. Every value is a sourced
 * quantity with a unit; the allowed ranges here are the hard limits of what the model can represent,
 * not plausibility ranges (those are in the file, per value).
 */
public final class ParameterLoader {
    private final List<Quantity> quantities = new ArrayList<>();

    private ParameterLoader() { }

    public static ModelParameters load(Path file) throws InputException {
        return read(YamlDocument.read(file));
    }

    public static ModelParameters read(YamlDocument document) throws InputException {
        return new ParameterLoader().parse(document);
    }

    private ModelParameters parse(YamlDocument document) throws InputException {
        Section root = document.root();
        if (root.has("format")) root.text("format");

        Section engine = root.section("engine");
        double warmup = value(engine, "warmupYears", Unit.YEARS, 0, 50);
        if (warmup != Math.rint(warmup)) engine.problem("warmupYears", "must be a whole number of years, found " + warmup);
        engine.rejectUnknownKeys();

        Section inflow = root.section("inflow");
        double newcomers = value(inflow, "newcomersPerYear", Unit.PER_YEAR, 1, 10_000_000);
        Section types = inflow.section("detentionTypes");
        Map<DetentionType, StayParameters> stays = new EnumMap<>(DetentionType.class);
        double shareSum = 0;
        for (DetentionType type : DetentionType.values()) {
            Section t = types.section(type.key());
            double share = value(t, "share", Unit.SHARE, 0, 1);
            shareSum += share;
            stays.put(type, new StayParameters(share,
                    Math.max(value(t, "medianStayDays", Unit.DAYS, 1, 10_000), 1),
                    Math.max(value(t, "stayLogSd", Unit.LOG_SD, 0.01, 5), 0.01)));
            t.rejectUnknownKeys();
        }
        types.rejectUnknownKeys();
        inflow.rejectUnknownKeys();
        boolean sharesOk = Math.abs(shareSum - 1) <= 1e-6;
        if (!sharesOk) {
            types.problem(null, "the shares of the detention types must sum to 1, they sum to " + shareSum);
        }

        Section persons = root.section("persons");
        PersonParameters personParameters = new PersonParameters(
                value(persons, "meanAgeYears", Unit.YEARS, 12, 100),
                Math.max(value(persons, "sdAgeYears", Unit.YEARS, 0.1, 50), 0.1),
                value(persons, "minimumAgeYears", Unit.YEARS, 12, 100),
                value(persons, "maximumAgeYears", Unit.YEARS, 12, 110),
                value(persons, "meanPriorOffences", Unit.COUNT, 0, 100));
        persons.rejectUnknownKeys();

        Section preparation = root.section("preparation");
        PreparationParameters preparationParameters = new PreparationParameters(
                value(preparation, "probabilityNoValidIdAtEntry", Unit.PROBABILITY, 0, 1),
                value(preparation, "probabilityIdArrangedInDetention", Unit.PROBABILITY, 0, 1),
                Math.max(value(preparation, "idProcessingDays", Unit.DAYS, 1, 365), 1));
        preparation.rejectUnknownKeys();

        Section recidivism = root.section("recidivism");
        RecidivismParameters recidivismParameters = new RecidivismParameters(
                Math.max(value(recidivism, "dailyHazardAtRelease", Unit.PER_DAY, 1e-6, 1), 1e-6),
                Math.max(value(recidivism, "hazardHalfLifeDays", Unit.DAYS, 1, 100_000), 1),
                Math.max(value(recidivism, "hazardRatioPer10YearsOfAge", Unit.HAZARD_RATIO, 0.01, 100), 0.01),
                Math.max(value(recidivism, "hazardRatioPerPriorOffence", Unit.HAZARD_RATIO, 0.01, 100), 0.01),
                value(recidivism, "priorOffencesCap", Unit.COUNT, 0, 1000),
                Math.max(value(recidivism, "hazardRatioNoValidId", Unit.HAZARD_RATIO, 0.01, 100), 0.01));
        recidivism.rejectUnknownKeys();

        Section redetention = root.section("redetention");
        RedetentionParameters redetentionParameters = new RedetentionParameters(
                value(redetention, "probabilityOffenceLeadsToDetention", Unit.PROBABILITY, 0, 1),
                Math.max(value(redetention, "meanDaysOffenceToDetention", Unit.DAYS, 1, 3650), 1));
        redetention.rejectUnknownKeys();

        root.rejectUnknownKeys();
        if (personParameters.minimumAgeYears() >= personParameters.maximumAgeYears()) {
            persons.problem("maximumAgeYears", "must be above minimumAgeYears");
        }
        document.throwIfProblems();
        return new ModelParameters((int) warmup, new InflowParameters(newcomers, stays), personParameters,
                preparationParameters, recidivismParameters, redetentionParameters, quantities);
    }

    private double value(Section section, String key, Unit unit, double min, double max) {
        Quantity q = section.quantity(key, unit, min, max);
        quantities.add(q);
        return q.value();
    }
}
