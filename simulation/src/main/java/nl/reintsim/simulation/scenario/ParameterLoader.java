package nl.reintsim.simulation.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.parameters.AccommodationParameters;
import nl.reintsim.simulation.parameters.BijdrageregelingParameters;
import nl.reintsim.simulation.parameters.BySizeClass;
import nl.reintsim.simulation.parameters.CaseManagerParameters;
import nl.reintsim.simulation.parameters.ConditionParameters;
import nl.reintsim.simulation.parameters.CostParameters;
import nl.reintsim.simulation.parameters.DetentionDamageParameters;
import nl.reintsim.simulation.parameters.EntryConditionParameters;
import nl.reintsim.simulation.parameters.InflowParameters;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.MunicipalParameters;
import nl.reintsim.simulation.parameters.OriginParameters;
import nl.reintsim.simulation.parameters.PersonParameters;
import nl.reintsim.simulation.parameters.PreparationParameters;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.parameters.RecidivismParameters;
import nl.reintsim.simulation.parameters.RedetentionParameters;
import nl.reintsim.simulation.parameters.ReleaseParameters;
import nl.reintsim.simulation.parameters.StayParameters;
import nl.reintsim.simulation.parameters.SupportParameters;
import nl.reintsim.simulation.parameters.Unit;

/**
 * Reads a parameter file such as {@code calibration/parameters/nl-2025.yaml}. Every value is a sourced
 * quantity with a unit; the limits here are what the model can represent at all, not plausibility
 * ranges (those are in the file, per value). Problems are collected, never thrown one by one, and any
 * value that failed is replaced by a harmless one so that reading can go on and report the rest.
 */
public final class ParameterLoader {
    private static final double NEVER = 1_000_000;
    /** The longest stay a parameter file may give: sixty years, longer than any run; a check on typing errors. */
    private static final double MAXIMUM_STAY_DAYS = 60 * 365.25;
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

        InflowParameters inflow = inflow(root.section("inflow"));

        Section persons = root.section("persons");
        PersonParameters personParameters = new PersonParameters(
                value(persons, "meanAgeYears", Unit.YEARS, 12, 100),
                positive(persons, "sdAgeYears", Unit.YEARS, 50),
                value(persons, "minimumAgeYears", Unit.YEARS, 12, 100),
                value(persons, "maximumAgeYears", Unit.YEARS, 12, 110),
                value(persons, "meanPriorOffences", Unit.COUNT, 0, 100),
                value(persons, "probabilityMale", Unit.PROBABILITY, 0, 1));
        persons.rejectUnknownKeys();

        Section origin = root.section("origin");
        OriginParameters originParameters = new OriginParameters(
                positive(origin, "releaseShareElasticity", Unit.RATIO, 5),
                value(origin, "probabilityDetainedOutsideRegion", Unit.PROBABILITY, 0, 1),
                value(origin, "probabilitySettleElsewhere", Unit.PROBABILITY, 0, 1));
        origin.rejectUnknownKeys();

        EntryConditionParameters entry = entryConditions(root.section("conditionsAtEntry"));

        Section damage = root.section("detentionDamage");
        DetentionDamageParameters damageParameters = new DetentionDamageParameters(
                positive(damage, "meanDaysToLoseOwnHome", Unit.DAYS, NEVER),
                positive(damage, "meanDaysToLoseHomeWithOthers", Unit.DAYS, NEVER),
                value(damage, "probabilityRentPaidByOthers", Unit.PROBABILITY, 0, 1),
                positive(damage, "meanDaysJobKept", Unit.DAYS, NEVER),
                value(damage, "benefitStopDays", Unit.DAYS, 0, 365),
                value(damage, "probabilityArrearsPerYear", Unit.PROBABILITY, 0, 1));
        damage.rejectUnknownKeys();

        Section caseManagers = root.section("caseManagers");
        CaseManagerParameters caseManagerParameters = new CaseManagerParameters(
                positive(caseManagers, "fte", Unit.COUNT, 100_000),
                positive(caseManagers, "caseloadNormPerFte", Unit.COUNT, 10_000),
                positive(caseManagers, "intakeDeadlineWorkingDays", Unit.WORKING_DAYS, 365),
                positive(caseManagers, "intakeMedianWorkingDaysAtNorm", Unit.WORKING_DAYS, 365),
                value(caseManagers, "intakeDelayLogSd", Unit.LOG_SD, 0, 5),
                value(caseManagers, "probabilityPlanShared", Unit.PROBABILITY, 0, 1),
                value(caseManagers, "planSharingDelayDays", Unit.DAYS, 0, 365));
        caseManagers.rejectUnknownKeys();

        Section preparation = root.section("preparation");
        PreparationParameters preparationParameters = new PreparationParameters(
                value(preparation, "probabilityIdArrangedInDetention", Unit.PROBABILITY, 0, 1),
                positive(preparation, "idProcessingDays", Unit.DAYS, 365));
        preparation.rejectUnknownKeys();

        ReleaseParameters releaseParameters = release(root.section("release"));
        MunicipalParameters municipalParameters = municipalities(root.section("municipalities"));

        Section support = root.section("support");
        double rioMinimum = value(support, "rioMinimumAgeYears", Unit.YEARS, 12, 100);
        double rioMaximum = value(support, "rioMaximumAgeYears", Unit.YEARS, 12, 100);
        if (rioMinimum > rioMaximum) {
            support.problem("rioMaximumAgeYears", "found " + rioMaximum + ", must be at least rioMinimumAgeYears " + rioMinimum);
            rioMaximum = rioMinimum;
        }
        SupportParameters supportParameters = new SupportParameters(
                value(support, "probationCapacityCases", Unit.COUNT, 0, 1_000_000),
                value(support, "rioFte", Unit.COUNT, 0, 100_000),
                positive(support, "rioCaseloadPerFte", Unit.COUNT, 1000),
                rioMinimum, rioMaximum,
                positive(support, "rioMentoringDays", Unit.DAYS, 10_000));
        support.rejectUnknownKeys();

        Section subsidy = root.section("bijdrageregeling");
        BijdrageregelingParameters subsidyParameters = new BijdrageregelingParameters(
                value(subsidy, "budgetEurosPerYear", Unit.EUROS, 0, 1e10),
                bySizeClass(subsidy, "probabilityAware", Unit.PROBABILITY, 0, 1),
                value(subsidy, "minimumReturneesPerYearToApply", Unit.COUNT, 0, 100_000),
                value(subsidy, "probabilityMeetsCriteria", Unit.PROBABILITY, 0, 1),
                value(subsidy, "probabilityAsksForMore", Unit.PROBABILITY, 0, 1),
                positive(subsidy, "costPerTrajectoryEuros", Unit.EUROS, 1e8),
                positive(subsidy, "trajectoryDays", Unit.DAYS, 10_000),
                Math.max(1, value(subsidy, "trajectoryRateRatio", Unit.RATIO, 1, 100)));
        subsidy.rejectUnknownKeys();

        ConditionParameters conditionParameters = conditions(root.section("conditions"));

        Section accommodation = root.section("accommodation");
        AccommodationParameters accommodationParameters = new AccommodationParameters(
                value(accommodation, "shelterBedsPer10k", Unit.COUNT, 0, 10_000),
                value(accommodation, "supportedHousingPer10k", Unit.COUNT, 0, 10_000),
                positive(accommodation, "meanDaysInShelter", Unit.DAYS, NEVER),
                positive(accommodation, "meanDaysInSupportedHousing", Unit.DAYS, NEVER),
                positive(accommodation, "meanDaysWaitingForShelter", Unit.DAYS, NEVER));
        accommodation.rejectUnknownKeys();
        RecidivismParameters recidivismParameters = recidivism(root.section("recidivism"));

        Section redetention = root.section("redetention");
        RedetentionParameters redetentionParameters = new RedetentionParameters(
                value(redetention, "probabilityOffenceLeadsToDetention", Unit.PROBABILITY, 0, 1),
                positive(redetention, "meanDaysOffenceToDetention", Unit.DAYS, 3650));
        redetention.rejectUnknownKeys();

        CostParameters costParameters = costs(root.section("costs"));

        root.rejectUnknownKeys();
        if (personParameters.minimumAgeYears() >= personParameters.maximumAgeYears()) {
            persons.problem("maximumAgeYears", "must be above minimumAgeYears");
        }
        document.throwIfProblems();
        return new ModelParameters((int) warmup, inflow, personParameters, originParameters, entry, damageParameters,
                caseManagerParameters, preparationParameters, releaseParameters, municipalParameters, supportParameters, subsidyParameters,
                conditionParameters, accommodationParameters, recidivismParameters, redetentionParameters, costParameters, quantities);
    }

    private InflowParameters inflow(Section inflow) {
        double newcomers = positive(inflow, "newcomersPerYear", Unit.PER_YEAR, 10_000_000);
        double admissionsPerNewcomer = value(inflow, "steadyStateAdmissionsPerNewcomer", Unit.RATIO, 0, 100);
        Section types = inflow.section("detentionTypes");
        Map<DetentionType, StayParameters> stays = new EnumMap<>(DetentionType.class);
        double[] shares = new double[DetentionType.values().length];
        for (DetentionType type : DetentionType.values()) {
            Section t = types.section(type.key());
            shares[type.ordinal()] = value(t, "share", Unit.SHARE, 0, 1);
            stays.put(type, new StayParameters(shares[type.ordinal()], positive(t, "medianStayDays", Unit.DAYS, 10_000),
                    positive(t, "stayLogSd", Unit.LOG_SD, 5), value(t, "maximumStayDays", Unit.DAYS, 1, MAXIMUM_STAY_DAYS)));
            t.rejectUnknownKeys();
        }
        types.rejectUnknownKeys();
        inflow.rejectUnknownKeys();
        if (!sumsToOne(types, shares, "the shares of the detention types")) {
            for (DetentionType type : DetentionType.values()) {
                StayParameters s = stays.get(type);
                stays.put(type, new StayParameters(1.0 / shares.length, s.medianStayDays(), s.stayLogSd(), s.maximumStayDays()));
            }
        }
        return new InflowParameters(newcomers, admissionsPerNewcomer, stays);
    }

    private EntryConditionParameters entryConditions(Section entry) {
        double noId = value(entry, "probabilityNoValidId", Unit.PROBABILITY, 0, 1);
        Section housing = entry.section("housingShares");
        Map<Housing, Double> shares = new EnumMap<>(Housing.class);
        double[] values = new double[Housing.values().length];
        for (Housing h : Housing.values()) {
            values[h.ordinal()] = value(housing, h.key(), Unit.SHARE, 0, 1);
            shares.put(h, values[h.ordinal()]);
        }
        housing.rejectUnknownKeys();
        if (!sumsToOne(housing, values, "the housing shares")) for (Housing h : Housing.values()) shares.put(h, 1.0 / values.length);
        double work = value(entry, "probabilityWork", Unit.PROBABILITY, 0, 1);
        double daysInWork = value(entry, "daysInWorkBeforeEntry", Unit.DAYS, 0, 20_000);
        double benefit = value(entry, "probabilityBenefit", Unit.PROBABILITY, 0, 1);
        if (work + benefit > 1) {
            entry.problem("probabilityBenefit", "work " + work + " and benefit " + benefit + " together exceed 1");
            benefit = 1 - work;
        }
        EntryConditionParameters parameters = new EntryConditionParameters(noId, shares, work, daysInWork, benefit,
                value(entry, "probabilityTakeUpWithoutIncome", Unit.PROBABILITY, 0, 1),
                value(entry, "probabilityProblematicDebts", Unit.PROBABILITY, 0, 1),
                value(entry, "probabilityInsuranceArrears", Unit.PROBABILITY, 0, 1),
                value(entry, "probabilityCareNeed", Unit.PROBABILITY, 0, 1),
                value(entry, "probabilityCareNeedMet", Unit.PROBABILITY, 0, 1),
                value(entry, "probabilityStartQualification", Unit.PROBABILITY, 0, 1));
        entry.rejectUnknownKeys();
        return parameters;
    }

    private ReleaseParameters release(Section release) {
        Map<DetentionType, Double> sudden = new EnumMap<>(DetentionType.class);
        Section suddenSection = release.section("probabilitySuddenRelease");
        for (DetentionType type : DetentionType.values()) {
            sudden.put(type, type.releaseCanBeSudden() ? value(suddenSection, type.key(), Unit.PROBABILITY, 0, 1) : 0.0);
        }
        suddenSection.rejectUnknownKeys();
        Map<DetentionType, Double> probation = new EnumMap<>(DetentionType.class);
        Section probationSection = release.section("probabilityProbationFramework");
        for (DetentionType type : DetentionType.values()) probation.put(type, value(probationSection, type.key(), Unit.PROBABILITY, 0, 1));
        probationSection.rejectUnknownKeys();
        ReleaseParameters parameters = new ReleaseParameters(sudden,
                value(release, "probabilityNotifiedAfterSuddenRelease", Unit.PROBABILITY, 0, 1), probation,
                positive(release, "probationSupervisionDays", Unit.DAYS, 10_000));
        release.rejectUnknownKeys();
        return parameters;
    }

    private MunicipalParameters municipalities(Section m) {
        MunicipalParameters parameters = new MunicipalParameters(
                bySizeClass(m, "probabilityDedicatedTeam", Unit.PROBABILITY, 0, 1),
                bySizeClass(m, "probabilityInReachVisits", Unit.PROBABILITY, 0, 1),
                bySizeClass(m, "probabilityRentContinuation", Unit.PROBABILITY, 0, 1),
                bySizeClass(m, "probabilityBenefitFrozen", Unit.PROBABILITY, 0, 1),
                bySizeClass(m, "probabilityRegionalPoint", Unit.PROBABILITY, 0, 1),
                bySizeClass(m, "coordinatorHoursPerWeekPer10k", Unit.HOURS_PER_WEEK, 0, 1000),
                value(m, "minimumCoordinatorHoursPerWeek", Unit.HOURS_PER_WEEK, 0, 1000),
                positive(m, "hoursPerCasePerWeek", Unit.HOURS_PER_WEEK, 100),
                positive(m, "caseDaysAfterRelease", Unit.DAYS, 10_000),
                positive(m, "caseDaysBeforeRelease", Unit.DAYS, 10_000),
                value(m, "probabilityContact", Unit.PROBABILITY, 0, 1),
                value(m, "contactRatioUnorganised", Unit.RATIO, 0, 1),
                value(m, "contactRatioOutsideRegion", Unit.RATIO, 0, 1),
                value(m, "contactRatioKnowledgeLost", Unit.RATIO, 0, 1),
                positive(m, "knowledgeRetentionDays", Unit.DAYS, 10_000),
                positive(m, "meanDaysToContact", Unit.DAYS, 1000),
                value(m, "probabilitySelfReport", Unit.PROBABILITY, 0, 1));
        m.rejectUnknownKeys();
        return parameters;
    }

    private ConditionParameters conditions(Section c) {
        double withOthers = value(c, "shareHousingWithOthers", Unit.SHARE, 0, 1);
        double institution = value(c, "shareHousingInstitution", Unit.SHARE, 0, 1);
        if (withOthers + institution > 1) {
            c.problem("shareHousingInstitution", "with shareHousingWithOthers it exceeds 1: " + (withOthers + institution));
            institution = 1 - withOthers;
        }
        c.renamed("meanDaysIdKeptAfterRelease", "meanDaysIdKept", "an ID now runs out in detention too");
        ConditionParameters parameters = new ConditionParameters(
                positive(c, "meanDaysToArrangeId", Unit.DAYS, NEVER),
                positive(c, "meanDaysToArrangeIdAfterRelease", Unit.DAYS, NEVER),
                positive(c, "meanDaysToArrangeBenefit", Unit.DAYS, NEVER),
                positive(c, "meanDaysToFindWork", Unit.DAYS, NEVER),
                positive(c, "meanDaysToHousing", Unit.DAYS, NEVER),
                positive(c, "referenceHousingWaitYears", Unit.YEARS, 30),
                withOthers, institution,
                positive(c, "meanDaysToShelter", Unit.DAYS, NEVER),
                positive(c, "meanDaysToArrangeCare", Unit.DAYS, NEVER),
                positive(c, "meanDaysToDebtApproach", Unit.DAYS, NEVER),
                value(c, "unsupportedRateRatio", Unit.RATIO, 0, 1),
                positive(c, "meanDaysJobKeptAfterRelease", Unit.DAYS, NEVER),
                positive(c, "meanDaysHomeKeptAfterRelease", Unit.DAYS, NEVER),
                positive(c, "meanDaysIdKept", Unit.DAYS, NEVER),
                positive(c, "meanDaysToInsuranceDefault", Unit.DAYS, NEVER),
                positive(c, "followUpDaysAfterRelease", Unit.DAYS, NEVER),
                positive(c, "meanDaysToStartEducation", Unit.DAYS, NEVER),
                positive(c, "meanDaysInEducation", Unit.DAYS, NEVER),
                value(c, "probabilityQualifiedByEducation", Unit.PROBABILITY, 0, 1),
                positive(c, "workRateRatioQualified", Unit.RATIO, 100));
        c.rejectUnknownKeys();
        return parameters;
    }

    private CostParameters costs(Section c) {
        int baseYear = c.integer("priceBaseYear", 1950, 2100);
        CostParameters parameters = new CostParameters(baseYear,
                value(c, "priceIndexPerYear", Unit.RATIO, 0, 0.2),
                value(c, "discountRate", Unit.RATIO, 0, 0.2),
                c.price("detentionDay", 10_000, quantities),
                c.price("caseManagerFteYear", 1_000_000, quantities),
                c.price("probationCase", 1_000_000, quantities),
                c.price("rioFteYear", 1_000_000, quantities),
                c.price("coordinatorHour", 10_000, quantities),
                c.price("shelterNight", 10_000, quantities),
                c.price("supportedHousingDay", 10_000, quantities),
                c.price("rentMonth", 10_000, quantities),
                c.price("idCard", 10_000, quantities),
                c.price("socialAssistanceMonth", 100_000, quantities),
                c.price("policeJusticeCase", 10_000_000, quantities),
                c.price("victimOffence", 10_000_000, quantities));
        c.rejectUnknownKeys();
        return parameters;
    }

    private RecidivismParameters recidivism(Section r) {
        double a = positive(r, "dailyHazardAtRelease", Unit.PER_DAY, 1);
        double halfLife = positive(r, "hazardHalfLifeDays", Unit.DAYS, 100_000);
        double age = positive(r, "hazardRatioPer10YearsOfAge", Unit.HAZARD_RATIO, 100);
        double prior = positive(r, "hazardRatioPerPriorOffence", Unit.HAZARD_RATIO, 100);
        double cap = value(r, "priorOffencesCap", Unit.COUNT, 0, 1000);
        double noId = positive(r, "hazardRatioNoValidId", Unit.HAZARD_RATIO, 100);
        Section housing = r.section("hazardRatioHousing");
        Map<Housing, Double> housingRatios = new EnumMap<>(Housing.class);
        for (Housing h : Housing.values()) housingRatios.put(h, positive(housing, h.key(), Unit.HAZARD_RATIO, 100));
        housing.rejectUnknownKeys();
        RecidivismParameters parameters = new RecidivismParameters(a, halfLife, age, prior, cap, noId, housingRatios,
                positive(r, "hazardRatioWork", Unit.HAZARD_RATIO, 100),
                positive(r, "hazardRatioEducation", Unit.HAZARD_RATIO, 100),
                positive(r, "hazardRatioWorkOverSixMonths", Unit.HAZARD_RATIO, 100),
                positive(r, "hazardRatioBenefit", Unit.HAZARD_RATIO, 100),
                positive(r, "hazardRatioBenefitWithDebtsOrManyPriors", Unit.HAZARD_RATIO, 100),
                value(r, "manyPriorsThreshold", Unit.COUNT, 0, 1000),
                positive(r, "hazardRatioRio", Unit.HAZARD_RATIO, 100),
                positive(r, "hazardRatioProbation", Unit.HAZARD_RATIO, 100),
                value(r, "housingEffectExponentWomen", Unit.RATIO, 0, 10));
        r.rejectUnknownKeys();
        return parameters;
    }

    private boolean sumsToOne(Section section, double[] shares, String what) {
        double sum = 0;
        for (double s : shares) sum += s;
        if (Math.abs(sum - 1) <= 1e-6) return true;
        section.problem(null, what + " must sum to 1, they sum to " + sum);
        return false;
    }

    private double value(Section section, String key, Unit unit, double min, double max) {
        Quantity q = section.quantity(key, unit, min, max);
        quantities.add(q);
        return q.value();
    }

    /** A value that must be above zero; after a problem, 1 keeps the records constructible. */
    private double positive(Section section, String key, Unit unit, double max) {
        Quantity q = section.positiveQuantity(key, unit, max);
        quantities.add(q);
        return q.value() > 0 ? q.value() : 1;
    }

    private BySizeClass bySizeClass(Section section, String key, Unit unit, double min, double max) {
        List<Quantity> values = section.quantityBySizeClass(key, unit, min, max);
        quantities.addAll(values);
        double[] v = new double[SizeClass.values().length];
        for (int i = 0; i < v.length; i++) v[i] = values.get(i).value();
        return new BySizeClass(v);
    }
}
