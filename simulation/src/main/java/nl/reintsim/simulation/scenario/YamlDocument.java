package nl.reintsim.simulation.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML file that remembers where every value stood, so that each problem can be reported
 * as {@code file:line:column: field: message}. Plain tree parsing only: no type information from the
 * file is ever used to choose a Java class (safe with untrusted input).
 */
public final class YamlDocument {
    /** Duplicate keys are an error: YAML parsers otherwise keep the last one silently. */
    private static final ObjectMapper MAPPER = new ObjectMapper(
            YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private final String fileName;
    private final String text;
    private final JsonNode root;
    private final Map<String, JsonLocation> locations;
    private final List<InputProblem> problems = new ArrayList<>();

    private YamlDocument(String fileName, String text, JsonNode root, Map<String, JsonLocation> locations) {
        this.fileName = fileName;
        this.text = text;
        this.root = root;
        this.locations = locations;
    }

    /** Reads and parses a file; a missing file or malformed YAML is an {@link InputException}. */
    public static YamlDocument read(Path file) throws InputException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(name, "file not found");
        } catch (IOException e) {
            throw InputException.of(name, "cannot read file: " + e.getMessage());
        }
        return parse(name, text);
    }

    public static YamlDocument parse(String fileName, String text) throws InputException {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw InputException.of(fileName, "the file is empty");
            }
            if (!root.isObject()) {
                throw new InputException(List.of(new InputProblem(fileName, 1, 1, "",
                        "expected a mapping of keys to values at the top level, found " + describe(root))));
            }
            return new YamlDocument(fileName, text, root, indexLocations(text));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML");
            throw new InputException(List.of(new InputProblem(fileName,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "", "malformed YAML: " + message)));
        }
    }

    private static Map<String, JsonLocation> indexLocations(String text) throws JsonProcessingException {
        Map<String, JsonLocation> index = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    index.put(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
                } else if (token.isScalarValue() || token.isStructStart()) {
                    index.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
        return index;
    }

    public String fileName() { return fileName; }
    public String text() { return text; }
    public JsonNode rootNode() { return root; }
    public Section root() { return new Section(this, root, ""); }

    /** Records a problem at a field path written with dots, e.g. {@code inflow.newcomersPerYear}. */
    void problem(String dottedPath, String message) {
        JsonLocation at = locate(dottedPath);
        problems.add(new InputProblem(fileName, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                dottedPath, message));
    }

    private JsonLocation locate(String dottedPath) {
        String path = dottedPath;
        while (true) {
            String pointer = path.isEmpty() ? "" : "/" + path.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
            JsonLocation at = locations.get(pointer);
            if (at != null || path.isEmpty()) return at;
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
    }

    /**
     * This document's text with the scalars at the given dotted paths (e.g. {@code inflow.newcomersPerYear.value})
     * replaced by new YAML scalar texts; comments, order and layout stay as they were. Used to write a fitted
     * parameter file that still reads like the hand-written one. The result is parsed again and checked: every
     * named scalar must read as its new text and nothing else may have changed.
     *
     * @throws IllegalArgumentException when a path does not name a scalar of this document
     */
    public String withScalars(Map<String, String> replacements) {
        record Edit(int start, int end, String text) { }
        Map<String, JsonLocation> scalars = scalarLocations(text);
        List<Edit> edits = new ArrayList<>();
        for (Map.Entry<String, String> e : replacements.entrySet()) {
            String pointer = pointerOf(e.getKey());
            JsonNode node = root.at(pointer);
            JsonLocation at = scalars.get(pointer);
            if (node.isMissingNode() || !node.isValueNode() || at == null || at.getCharOffset() < 0) {
                throw new IllegalArgumentException(fileName + ": " + e.getKey() + " is not a scalar of this file");
            }
            int start = (int) at.getCharOffset();
            edits.add(new Edit(start, scalarEnd(text, start), e.getValue()));
        }
        edits.sort((a, b) -> Integer.compare(b.start(), a.start()));
        StringBuilder edited = new StringBuilder(text);
        for (Edit edit : edits) edited.replace(edit.start(), edit.end(), edit.text());
        String result = edited.toString();
        try {
            JsonNode expected = root.deepCopy();
            JsonNode actual = MAPPER.readTree(result);
            for (Map.Entry<String, String> e : replacements.entrySet()) {
                String pointer = pointerOf(e.getKey());
                int cut = pointer.lastIndexOf('/');
                ((com.fasterxml.jackson.databind.node.ObjectNode) expected.at(pointer.substring(0, cut)))
                        .set(pointer.substring(cut + 1), MAPPER.readTree(e.getValue()));
            }
            if (!expected.equals(actual)) {
                throw new IllegalStateException(fileName + ": replacing scalars changed more than the scalars");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(fileName + ": replacing scalars made the file unreadable: " + e.getOriginalMessage(), e);
        }
        return result;
    }

    /** Where each scalar value starts (the index of problem locations holds the key's position instead). */
    private static Map<String, JsonLocation> scalarLocations(String text) {
        Map<String, JsonLocation> index = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token.isScalarValue()) index.put(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the text was parsed before", e);
        }
        return index;
    }

    private static String pointerOf(String dottedPath) {
        return "/" + dottedPath.replace('.', '/');
    }

    /** Where the scalar starting at {@code start} ends: after its closing quote, or before a flow delimiter or comment. */
    private static int scalarEnd(String text, int start) {
        char first = text.charAt(start);
        if (first == '"') {
            int i = start + 1;
            while (text.charAt(i) != '"') i += text.charAt(i) == '\\' ? 2 : 1;
            return i + 1;
        }
        if (first == '\'') {
            int i = start + 1;
            while (true) {
                if (text.charAt(i) == '\'') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\'') i += 2;
                    else return i + 1;
                } else {
                    i++;
                }
            }
        }
        int i = start;
        while (i < text.length() && ",}]\n\r".indexOf(text.charAt(i)) < 0 && !text.startsWith(" #", i)) i++;
        while (i > start && text.charAt(i - 1) == ' ') i--;
        return i;
    }

    public List<InputProblem> problems() { return List.copyOf(problems); }

    /** Throws if any problem was recorded while reading this document. */
    public void throwIfProblems() throws InputException {
        if (!problems.isEmpty()) throw new InputException(problems);
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) return "nothing";
        if (node.isNull()) return "an empty value";
        if (node.isObject()) return "a mapping";
        if (node.isArray()) return "a list";
        if (node.isNumber()) return "the number " + node.asText();
        if (node.isBoolean()) return "the boolean " + node.asText();
        return "\"" + node.asText() + "\"";
    }
}
