package nl.reintsim.simulation.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.parameters.BySizeClass;
import nl.reintsim.simulation.policy.BijdrageregelingBudget;

/**
 * The scenario file format, declared once: {@link ScenarioLoader} reads lever sections by it, and
 * {@link ScenarioSchema} turns the same declarations into the JSON Schema that editors use, so the
 * two cannot drift apart. Defaults are neutral: a field left out changes nothing on its own.
 */
public final class ScenarioFormat {
    private ScenarioFormat() { }

    /** How a field is written. */
    public enum Type { DATE, NUMBER, BOOLEAN, CHOICE, BY_SIZE_CLASS }

    /**
     * One field of a lever.
     *
     * @param defaultValue a {@link Double}, {@link Boolean} or {@link String} used when the field is left out; empty when required
     */
    public record Field(String key, Type type, double min, double max, String unit, List<String> choices,
                        Optional<Object> defaultValue, String description) {
        static Field date(String key, String description) {
            return new Field(key, Type.DATE, 0, 0, "", List.of(), Optional.empty(), description);
        }
        static Field number(String key, double min, double max, String unit, String description) {
            return new Field(key, Type.NUMBER, min, max, unit, List.of(), Optional.empty(), description);
        }
        static Field bySizeClass(String key, double min, double max, String unit, String description) {
            return new Field(key, Type.BY_SIZE_CLASS, min, max, unit, List.of(), Optional.empty(), description);
        }
        static Field flag(String key, boolean defaultValue, String description) {
            return new Field(key, Type.BOOLEAN, 0, 0, "", List.of(), Optional.of(defaultValue), description);
        }
        static Field choice(String key, List<String> choices, String defaultValue, String description) {
            return new Field(key, Type.CHOICE, 0, 0, "", choices, Optional.of(defaultValue), description);
        }
        Field orElse(Object value) {
            return new Field(key, type, min, max, unit, choices, Optional.of(value), description);
        }
        public boolean required() { return defaultValue.isEmpty(); }
    }

    /** A lever section: its key under {@code levers:}, what it does, and its fields. */
    public record LeverFormat(String key, String description, List<Field> fields) { }

    private static final Field FROM = Field.date("from", "first day the lever applies (ISO date, not before the scenario start)");
    private static final String SHARE_OF_MUNICIPALITIES = "share of municipalities";

    public static final List<LeverFormat> LEVERS = List.of(
            new LeverFormat("idInDetention", "ID during detention: how often a missing ID is arranged before release when the stay allows it [K25, K26].",
                    List.of(FROM, Field.number("probabilityIdArranged", 0, 1, "probability", "chance a missing ID is arranged in detention"))),
            new LeverFormat("caseManagerCapacity", "Case-manager capacity and caseload norm (D&R 2.0) [K25, K26].",
                    List.of(FROM, Field.number("fte", 1, 100_000, "count", "full-time DJI case managers"),
                            Field.number("caseloadNormPerFte", 1, 10_000, "count", "detainees per case manager at which the intake deadline is met"))),
            new LeverFormat("informationSharing", "Information sharing between PI and municipality [K26].",
                    List.of(FROM, Field.number("probabilityPlanShared", 0, 1, "probability", "chance the D&R plan reaches the municipality"),
                            Field.number("probabilityNotifiedAfterSuddenRelease", 0, 1, "probability", "chance a sudden release reaches the municipality afterwards"))),
            new LeverFormat("rentContinuation", "Municipalities paying the rent during a detention of up to three months [K26].",
                    List.of(FROM, Field.number("minimumShareOfMunicipalities", 0, 1, SHARE_OF_MUNICIPALITIES, "at least this share in every size class continues rent"))),
            new LeverFormat("bijdrageregeling", "The Bijdrageregeling's size and rules, from the first budget year on or after the date [BR, K25].",
                    List.of(FROM, Field.number("budgetEurosPerYear", 0, 1e10, "euros", "national budget per year"),
                            Field.number("minimumReturneesPerYearToApply", 0, 100_000, "count", "returnees per year below which a municipality does not apply"),
                            Field.choice("distributionKey", BijdrageregelingBudget.KEYS, "releases",
                                    "what sets each municipality's maximum: releases (last year's releases to it, today's key), population, or equal shares"),
                            Field.flag("perCaseFunding", false,
                                    "every municipality with returnees gets its share without applying: the money follows the returnee"))),
            new LeverFormat("regionalCoordination", "Small municipalities pooling aftercare in a regional coordination point, like RCN Kennemerland [H25].",
                    List.of(FROM, Field.number("maximumPopulation", 0, 10_000_000, "count", "municipalities up to this many inhabitants take part"),
                            Field.number("minimumShareOfMunicipalities", 0, 1, SHARE_OF_MUNICIPALITIES, "share of those municipalities in a regional point"))),
            new LeverFormat("statutoryDuty", "A statutory duty for municipalities (the RSJ's advice [K25]): contact during detention wherever the person is held, and a plan; optionally a fixed contact person; funded or not.",
                    List.of(FROM, Field.bySizeClass("compliance", 0, 1, SHARE_OF_MUNICIPALITIES, "share of municipalities that comply, per size class"),
                            Field.number("extraCoordinatorHoursPerWeekPer10k", 0, 1000, "hours_per_week",
                                    "extra coordination hours per week per 10,000 inhabitants; 0 means unfunded (the extra work queues on existing capacity)"),
                            Field.flag("fixedContactPerson", false, "complying municipalities have a fixed contact person, who keeps the know-how between rare cases"))),
            new LeverFormat("rio", "Re-integration officers (RIO): number, caseload, age range and where the places go [K26].",
                    List.of(FROM, Field.number("fte", 0, 100_000, "count", "RIO full-time equivalents"),
                            Field.number("caseloadPerFte", 1, 1000, "count", "people mentored at once per RIO"),
                            Field.number("minimumAgeYears", 12, 100, "years", "youngest age eligible"),
                            Field.number("maximumAgeYears", 12, 100, "years", "oldest age eligible"),
                            Field.choice("allocation", List.of("largest_problems_first", "pro_rata", "all_municipalities"), "largest_problems_first",
                                    "largest_problems_first: pro rata to expected releases, none for a municipality whose share is below one place (today's rule [K26]); "
                                            + "pro_rata: pro rata to expected releases, leftovers by largest remainder to any municipality; "
                                            + "all_municipalities: one place for every municipality first, the rest pro rata"))),
            new LeverFormat("housing", "Housing: priority for people detained longer than three months (the bill 'Versterking regie volkshuisvesting' [K26]), extra shelter beds and supported-housing places.",
                    List.of(FROM, Field.number("priorityMinimumStayDays", 0, 3650, "days", "stays at least this long get priority (K26: longer than three months)").orElse(91.0),
                            Field.number("priorityWaitRatio", 0, 1, "ratio", "wait for housing with priority relative to without; 1 is no priority").orElse(1.0),
                            Field.number("extraShelterBedsPer10k", 0, 100, "count", "shelter beds added per 10,000 inhabitants of a region").orElse(0.0),
                            Field.number("extraSupportedHousingPer10k", 0, 100, "count", "supported-housing places added per 10,000 inhabitants of a region").orElse(0.0))));

    public static LeverFormat lever(String key) {
        for (LeverFormat lever : LEVERS) if (lever.key().equals(key)) return lever;
        throw new IllegalArgumentException("no lever " + key);
    }

    /** The values of one lever section as read, by field key. */
    public static final class Values {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public LocalDate date(String key) { return (LocalDate) get(key); }
        public double number(String key) { return (Double) get(key); }
        public boolean flag(String key) { return (Boolean) get(key); }
        public String choice(String key) { return (String) get(key); }
        public BySizeClass bySizeClass(String key) { return (BySizeClass) get(key); }

        private Object get(String key) {
            if (!values.containsKey(key)) throw new IllegalArgumentException("no field " + key);
            return values.get(key);
        }
    }

    /** Reads a lever section by its format; problems are recorded in the section's document. */
    static Values read(LeverFormat format, Section section) {
        Values v = new Values();
        for (Field f : format.fields()) {
            if (!f.required() && !section.has(f.key())) {
                v.values.put(f.key(), f.defaultValue().get());
                continue;
            }
            Object value = switch (f.type()) {
                case DATE -> section.date(f.key());
                case NUMBER -> section.number(f.key(), f.min(), f.max());
                case BOOLEAN -> section.flag(f.key());
                case CHOICE -> section.choice(f.key(), f.choices());
                case BY_SIZE_CLASS -> {
                    Section classes = section.section(f.key());
                    double[] shares = new double[SizeClass.values().length];
                    for (SizeClass size : SizeClass.values()) shares[size.ordinal()] = classes.number(size.key(), f.min(), f.max());
                    classes.rejectUnknownKeys();
                    yield new BySizeClass(shares);
                }
            };
            v.values.put(f.key(), value);
        }
        section.rejectUnknownKeys();
        return v;
    }
}
