package nl.reintsim.simulation.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reintsim.simulation.parameters.Price;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.parameters.Unit;

/**
 * A mapping in a {@link YamlDocument}, read field by field. Every getter records a problem instead of
 * throwing, so that one pass reports everything wrong with a file; {@link #rejectUnknownKeys()} then
 * names each key nobody asked for (a typo, usually). Getters return a harmless placeholder after a
 * problem so that reading can go on.
 */
public final class Section {
    private final YamlDocument document;
    private final JsonNode node;
    private final String path;
    private final Set<String> used = new LinkedHashSet<>();
    /** Keys read under the name an older file format gave them (new name to old), after {@link #renamed}. */
    private final Map<String, String> formerNames = new HashMap<>();
    /**
     * Stands in for a mapping that is missing or malformed. That was reported once; what is read from the
     * stand-in records nothing more, so a missing quantity is not also reported as missing its value, unit and source.
     */
    private final boolean placeholder;

    Section(YamlDocument document, JsonNode node, String path) {
        this(document, node, path, false);
    }

    private Section(YamlDocument document, JsonNode node, String path, boolean placeholder) {
        this.document = document;
        this.node = node;
        this.path = path;
        this.placeholder = placeholder;
    }

    private Section placeholder(String key) {
        return new Section(document, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), pathOf(key), true);
    }

    public String path() { return path; }
    public YamlDocument document() { return document; }

    public String pathOf(String key) { return path.isEmpty() ? key : path + "." + key; }

    public boolean has(String key) {
        used.add(key);
        String name = formerNames.getOrDefault(key, key);
        return node.has(name) && !node.get(name).isNull();
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    public void problem(String key, String message) {
        if (!placeholder) document.problem(key == null ? path : pathOf(key), message);
    }

    /**
     * A key that an earlier format of the file called {@code oldKey}: a file that still uses the old name gets one
     * problem saying so, and the value is read under the old name so that nothing else about it is reported.
     */
    public void renamed(String oldKey, String newKey, String why) {
        if (node.has(oldKey) && !node.has(newKey)) {
            used.add(oldKey);
            formerNames.put(newKey, oldKey);
            problem(oldKey, "renamed to \"" + newKey + "\" (" + why + "); rename it in the file");
        }
    }

    /** A required nested mapping; an empty placeholder when absent or not a mapping. */
    public Section section(String key) {
        JsonNode child = require(key);
        if (child == null) return placeholder(key);
        if (!child.isObject()) {
            problem(key, "expected a mapping, found " + YamlDocument.describe(child));
            return placeholder(key);
        }
        return new Section(document, child, pathOf(formerNames.getOrDefault(key, key)), placeholder);
    }

    /** A required list of mappings, e.g. the targets of a targets file; an empty list after a problem. */
    public List<Section> list(String key) {
        JsonNode child = require(key);
        List<Section> items = new ArrayList<>();
        if (child == null) return items;
        if (!child.isArray()) {
            problem(key, "expected a list, found " + YamlDocument.describe(child));
            return items;
        }
        for (int i = 0; i < child.size(); i++) {
            String path = pathOf(key) + "[" + i + "]";
            if (!child.get(i).isObject()) {
                document.problem(path, "expected a mapping, found " + YamlDocument.describe(child.get(i)));
                continue;
            }
            items.add(new Section(document, child.get(i), path));
        }
        return items;
    }

    /** An optional nested mapping, or null when absent. */
    public Section optionalSection(String key) {
        if (!has(key)) return null;
        return section(key);
    }

    public String text(String key) {
        JsonNode child = require(key);
        if (child == null) return "";
        if (!child.isTextual() && !child.isNumber()) {
            problem(key, "expected text, found " + YamlDocument.describe(child));
            return "";
        }
        String value = child.asText().strip();
        if (value.isEmpty()) problem(key, "must not be empty");
        return value;
    }

    public LocalDate date(String key) {
        JsonNode child = require(key);
        if (child == null) return LocalDate.of(2000, 1, 1);
        try {
            return LocalDate.parse(child.asText());
        } catch (DateTimeParseException e) {
            problem(key, "expected an ISO date such as 2026-01-01, found " + YamlDocument.describe(child));
            return LocalDate.of(2000, 1, 1);
        }
    }

    public int integer(String key, int min, int max) {
        JsonNode child = require(key);
        if (child == null) return min;
        if (!child.isIntegralNumber()) {
            problem(key, "expected a whole number from " + min + " to " + max + ", found " + YamlDocument.describe(child));
            return min;
        }
        long value = child.asLong();
        if (value < min || value > max) {
            problem(key, "found " + value + ", allowed " + min + " to " + max);
            return min;
        }
        return (int) value;
    }

    public boolean flag(String key) {
        JsonNode child = require(key);
        if (child == null) return false;
        if (!child.isBoolean()) {
            problem(key, "expected true or false, found " + YamlDocument.describe(child));
            return false;
        }
        return child.booleanValue();
    }

    /** One of the allowed words; the first allowed one after a problem. */
    public String choice(String key, List<String> allowed) {
        JsonNode child = require(key);
        if (child == null) return allowed.get(0);
        String value = child.isTextual() ? child.asText().strip() : null;
        if (value == null || !allowed.contains(value)) {
            problem(key, "found " + YamlDocument.describe(child) + ", allowed: " + String.join(", ", allowed));
            return allowed.get(0);
        }
        return value;
    }

    public double number(String key, double min, double max) {
        Double value = numberOrNull(key, min, max);
        return value == null ? min : value;
    }

    /** As {@link #number}, but null after a problem, so that a caller does not go on to check a stand-in. */
    private Double numberOrNull(String key, double min, double max) {
        JsonNode child = require(key);
        if (child == null) return null;
        if (!child.isNumber()) {
            problem(key, "expected a number from " + fmt(min) + " to " + fmt(max) + ", found " + YamlDocument.describe(child));
            return null;
        }
        double value = child.asDouble();
        if (!(value >= min && value <= max)) {
            problem(key, "found " + fmt(value) + ", allowed " + fmt(min) + " to " + fmt(max));
            return null;
        }
        return value;
    }

    /**
     * A sourced quantity: {@code {value: 14500, unit: per_year, source: "…", range: {min, max}, fit: {min, max}}}.
     * The unit must be the one the model expects; the source must be given (a tag from the domain
     * brief, or {@code assumption: …}); an assumption must carry a plausible range.
     */
    public Quantity quantity(String key, Unit unit, double min, double max) {
        return quantity(key, unit, min, max, false, q -> { });
    }

    /** As {@link #quantity(String, Unit, double, double)}, for a value that must be above zero (a mean time, a ratio). */
    public Quantity positiveQuantity(String key, Unit unit, double max) {
        return quantity(key, unit, 0, max, true, q -> { });
    }

    /** A sourced amount in euros with the year of its prices: {@code {value, unit: euros, priceYear: 2016, source, …}}. */
    public Price price(String key, double max, java.util.List<Quantity> quantities) {
        int[] year = new int[1];
        Quantity q = quantity(key, Unit.EUROS, 0, max, false, s -> year[0] = s.integer("priceYear", 1950, 2100));
        quantities.add(q);
        return new Price(q.value(), year[0]);
    }

    private Quantity quantity(String key, Unit unit, double min, double max, boolean aboveMin,
                              java.util.function.Consumer<Section> more) {
        Section q = section(key);
        String where = pathOf(key);
        Double read = q.numberOrNull("value", min, max);
        if (aboveMin && read != null && read == min) {
            q.problem("value", "found " + fmt(min) + ", must be above " + fmt(min) + " (up to " + fmt(max) + ")");
            read = null;
        }
        double value = read == null ? min : read;
        Provenance provenance = q.provenance(unit, min, max);
        String source = provenance.source();
        Quantity.Range range = provenance.range();
        Quantity.Range fit = provenance.fit();
        if (read != null && range != null && !(range.min() <= value && value <= range.max())) {
            q.problem("value", "found " + fmt(value) + ", outside its own range " + fmt(range.min()) + " to " + fmt(range.max()));
        }
        if (read != null && fit != null && !(fit.min() <= value && value <= fit.max())) {
            q.problem("value", "found " + fmt(value) + ", outside its fit bounds " + fmt(fit.min()) + " to " + fmt(fit.max()));
        }
        more.accept(q);
        q.rejectUnknownKeys();
        return new Quantity(where, value, unit, source, range, fit);
    }

    /**
     * A sourced value per municipality size class:
     * {@code {unit: …, source: …, range: {…}, g4: …, 100k_plus: …, 50k_100k: …, 20k_50k: …, under_20k: …}}.
     * Returns one quantity per class, with the class key appended to the path.
     */
    public java.util.List<Quantity> quantityBySizeClass(String key, Unit unit, double min, double max) {
        Section q = section(key);
        Provenance provenance = q.provenance(unit, min, max);
        String source = provenance.source();
        Quantity.Range range = provenance.range();
        Quantity.Range fit = provenance.fit();
        java.util.List<Quantity> values = new java.util.ArrayList<>();
        for (nl.reintsim.simulation.model.SizeClass sizeClass : nl.reintsim.simulation.model.SizeClass.values()) {
            Double read = q.numberOrNull(sizeClass.key(), min, max);
            double value = read == null ? min : read;
            if (read != null && range != null && !(range.min() <= value && value <= range.max())) {
                q.problem(sizeClass.key(), "found " + fmt(value) + ", outside its own range " + fmt(range.min()) + " to " + fmt(range.max()));
            }
            values.add(new Quantity(pathOf(key) + "." + sizeClass.key(), value, unit, source, range, fit));
        }
        q.rejectUnknownKeys();
        return values;
    }

    /** Unit, source and ranges of a quantity, checked: the unit must match, an assumption needs a range. */
    private record Provenance(String source, Quantity.Range range, Quantity.Range fit) { }

    private Provenance provenance(Unit unit, double min, double max) {
        String unitName = text("unit");
        if (!unitName.isEmpty() && !unitName.equals(unit.yamlName())) {
            problem("unit", "found \"" + unitName + "\", this field is in " + unit.yamlName());
        }
        String source = text("source");
        Quantity.Range range = range("range", min, max);
        Quantity.Range fit = range("fit", min, max);
        if (source.startsWith("assumption") && range == null && fit == null) {
            problem("source", "an assumption must give a plausible range: add range: {min: …, max: …}");
        }
        return new Provenance(source, range, fit);
    }

    private Quantity.Range range(String key, double min, double max) {
        if (!has(key)) return null;
        Section r = section(key);
        double low = r.number("min", min, max);
        double high = r.number("max", min, max);
        r.rejectUnknownKeys();
        if (low > high) {
            problem(key, "min " + fmt(low) + " is above max " + fmt(high));
            return null;
        }
        return new Quantity.Range(low, high);
    }

    /** Records a problem for every key in this mapping that no getter asked for. */
    public void rejectUnknownKeys() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!used.contains(key)) {
                problem(key, "unknown key \"" + key + "\"" + suggestion(key) + "; allowed here: " + String.join(", ", used));
            }
        }
    }

    private String suggestion(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : used) {
            int d = editDistance(key.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 4) ? " (did you mean \"" + best + "\"?)" : "";
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous; previous = current; current = t;
        }
        return previous[b.length()];
    }

    private JsonNode require(String key) {
        used.add(key);
        JsonNode child = node.get(formerNames.getOrDefault(key, key));
        if (child == null || child.isNull()) {
            problem(null, "missing required field \"" + key + "\"");
            return null;
        }
        return child;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
