package nl.reintsim.simulation.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.SizeClass;

/**
 * Reads a municipality table: comma-separated, a header line, lines starting with {@code #} are
 * comments (the shipped table says there how it was made). Columns:
 * {@code code,name,population,size_class,region,housing_wait_years}.
 *
 * <p>Users make their own table in a spreadsheet, so the loader also takes what Dutch Excel saves: semicolons
 * between the cells and a decimal comma (the same dialect as {@code --csv-dialect nl} writes), text in
 * Windows-1252 rather than UTF-8 (names such as Súdwest-Fryslân), and a byte-order mark before the header.
 * The header line decides the separator: semicolons when it has them and no comma.
 */
public final class MunicipalityTableLoader {
    static final List<String> COLUMNS = List.of("code", "name", "population", "size_class", "region", "housing_wait_years");

    private MunicipalityTableLoader() { }

    public static List<Municipality> load(Path file) throws InputException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(name, "file not found");
        } catch (IOException e) {
            throw InputException.of(name, "cannot read file: " + e.getMessage());
        }
        return parse(name, decode(bytes).lines().toList());
    }

    /**
     * UTF-8 when the bytes are UTF-8; otherwise Windows-1252, what Excel saves as plain "CSV" on a Dutch Windows.
     * Without the byte-order mark that Excel's "CSV UTF-8" puts before the header.
     */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(BYTE_ORDER_MARK.length()) : text;
    }

    public static List<Municipality> parse(String file, List<String> lines) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        List<Municipality> municipalities = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean headerSeen = false;
        String separator = ",";
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            if (!headerSeen && text.contains(";") && !text.contains(",")) separator = ";";
            String[] cells = text.split(separator, -1);
            if (!headerSeen) {
                headerSeen = true;
                List<String> header = Arrays.stream(cells).map(String::strip).toList();
                if (!header.equals(COLUMNS)) {
                    problems.add(new InputProblem(file, line, 1, "header", "found " + String.join(separator, header) + ", expected "
                            + String.join(",", COLUMNS) + " (or the same with semicolons, as Dutch Excel saves it)"));
                    break;
                }
                continue;
            }
            if (cells.length != COLUMNS.size()) {
                problems.add(new InputProblem(file, line, 1, "", "found " + cells.length + " columns, expected " + COLUMNS.size()));
                continue;
            }
            String code = cells[0].strip();
            if (code.isEmpty()) problems.add(new InputProblem(file, line, 1, "code", "must not be empty"));
            else if (!codes.add(code)) problems.add(new InputProblem(file, line, 1, "code", "code \"" + code + "\" appears twice"));
            int population = 0;
            try {
                population = Integer.parseInt(cells[2].strip());
                if (population < 1) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problems.add(new InputProblem(file, line, column(cells, 2), "population",
                        "found \"" + cells[2].strip() + "\", expected a whole number of inhabitants, at least 1"));
            }
            SizeClass sizeClass = SizeClass.byKey(cells[3].strip());
            if (sizeClass == null) {
                problems.add(new InputProblem(file, line, column(cells, 3), "size_class", "found \"" + cells[3].strip()
                        + "\", allowed: " + String.join(", ", Arrays.stream(SizeClass.values()).map(SizeClass::key).toList())));
            }
            double wait = 0;
            try {
                // with semicolons between cells the decimal separator is a comma
                wait = Double.parseDouble(separator.equals(";") ? cells[5].strip().replace(',', '.') : cells[5].strip());
                if (!(wait >= 0 && wait <= 30)) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problems.add(new InputProblem(file, line, column(cells, 5), "housing_wait_years",
                        "found \"" + cells[5].strip() + "\", allowed 0 to 30 years"));
            }
            String region = cells[4].strip();
            if (region.isEmpty()) problems.add(new InputProblem(file, line, column(cells, 4), "region", "must not be empty"));
            municipalities.add(new Municipality(municipalities.size(), code, cells[1].strip(), population, sizeClass, region, wait));
        }
        if (problems.isEmpty() && municipalities.isEmpty()) {
            problems.add(new InputProblem(file, 0, 0, "", "the municipality table has no rows"));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return List.copyOf(municipalities);
    }

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static int column(String[] cells, int index) {
        int column = 1;
        for (int i = 0; i < index; i++) column += cells[i].length() + 1;
        return column;
    }
}
