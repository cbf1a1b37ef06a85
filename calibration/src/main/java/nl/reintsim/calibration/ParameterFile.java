package nl.reintsim.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.scenario.InputException;
import nl.reintsim.simulation.scenario.ParameterLoader;
import nl.reintsim.simulation.scenario.YamlDocument;

/**
 * A parameter file as the starting point of a fit: its free parameters, and the same file with other
 * values for them. The text is edited in place, so comments, order and sources stay as the researcher
 * wrote them; only the numbers, their source notes and a header saying how they were fitted change.
 */
public final class ParameterFile {
    /** First line of the header a fit writes; a refit replaces the old header instead of stacking a new one on it. */
    static final String HEADER_MARK = "# Fitted by `reintsim calibrate`";
    static final String FITTED = "fitted: ";
    static final String BEFORE = "; before: ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final YamlDocument document;
    private final ModelParameters nominal;
    private final List<FreeParameter> free;
    private final Map<String, String> sources = new LinkedHashMap<>();

    private ParameterFile(YamlDocument document, ModelParameters parameters) {
        this.document = document;
        this.nominal = parameters;
        List<FreeParameter> list = new ArrayList<>();
        for (Quantity q : parameters.quantities()) {
            if (q.fit() == null) continue;
            String valuePath = valuePath(q);
            list.add(new FreeParameter(q.path(), valuePath, q.fit().min(), q.fit().max(), q.value()));
            if (!valuePath.equals(q.path()) && document.rootNode().at("/" + q.path().replace('.', '/') + "/source").isTextual()) {
                sources.put(q.path(), q.source());
            }
        }
        this.free = List.copyOf(list);
    }

    public static ParameterFile load(Path file) throws InputException {
        YamlDocument document = YamlDocument.read(file);
        return new ParameterFile(document, ParameterLoader.read(document));
    }

    public String fileName() { return document.fileName(); }

    /** The parameters as the file gives them. */
    public ModelParameters nominal() { return nominal; }

    /** The dotted path of a quantity's number: {@code path.value}, or {@code path} itself for a value per size class. */
    public String valuePath(Quantity quantity) {
        String pointer = "/" + quantity.path().replace('.', '/');
        return document.rootNode().at(pointer + "/value").isValueNode() ? quantity.path() + ".value" : quantity.path();
    }

    /** The model parameters with the numbers at the given value paths replaced. */
    public ModelParameters parameters(Map<String, Double> values) {
        Map<String, String> replacements = new LinkedHashMap<>();
        values.forEach((path, value) -> replacements.put(path, FreeParameter.yaml(value)));
        try {
            return ParameterLoader.read(YamlDocument.parse(document.fileName(), document.withScalars(replacements)));
        } catch (InputException e) {
            throw new IllegalArgumentException("values outside what the parameter file allows: " + e.getMessage(), e);
        }
    }

    public List<FreeParameter> free() { return free; }

    public double[] start() { return free.stream().mapToDouble(FreeParameter::start).toArray(); }

    /** The model parameters with the free ones set to {@code values} (in the order of {@link #free()}). */
    public ModelParameters parameters(double[] values) {
        Map<String, Double> byPath = new LinkedHashMap<>();
        if (values.length != free.size()) throw new IllegalArgumentException("expected " + free.size() + " values, got " + values.length);
        for (int i = 0; i < values.length; i++) byPath.put(free.get(i).valuePath(), values[i]);
        return parameters(byPath);
    }

    /**
     * The file's text with the free parameters set to {@code values}, each source note saying it was fitted
     * (the earlier note kept after "before:"), and {@code header} (comment lines, the first starting with {@link #HEADER_MARK}) and a blank line at the top.
     */
    public String fittedText(double[] values, String note, List<String> header) {
        Map<String, String> replacements = numbers(values);
        for (FreeParameter p : free) {
            String old = sources.get(p.path());
            if (old == null) continue;
            String original = old.startsWith(FITTED) && old.contains(BEFORE) ? old.substring(old.indexOf(BEFORE) + BEFORE.length()) : old;
            replacements.put(p.path() + ".source", quoted(FITTED + note + BEFORE + original));
        }
        String text = document.withScalars(replacements);
        StringBuilder out = new StringBuilder();
        for (String line : header) out.append("# ").append(line).append('\n');
        out.append('\n').append(withoutHeader(text));
        return out.toString();
    }

    private Map<String, String> numbers(double[] values) {
        if (values.length != free.size()) throw new IllegalArgumentException("expected " + free.size() + " values, got " + values.length);
        Map<String, String> replacements = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) replacements.put(free.get(i).valuePath(), FreeParameter.yaml(values[i]));
        return replacements;
    }

    private static String withoutHeader(String text) {
        if (!text.startsWith(HEADER_MARK)) return text;
        int blank = text.indexOf("\n\n");
        return blank < 0 ? text : text.substring(blank + 2);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
