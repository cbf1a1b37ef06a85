package nl.reintsim.output.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads back what {@link CsvWriter} writes: quoted cells may hold the separator, doubled quotes and line
 * breaks (a calibration target's source, a scenario title); lines end in CRLF or LF.
 */
public final class CsvReader {
    private CsvReader() { }

    /** The records of a CSV text, each as its cells; blank lines are skipped. */
    public static List<String[]> records(String text, char separator) {
        List<String[]> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean lineHasContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') cell.append(c);
                else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else quoted = false;
            } else if (c == '"') {
                quoted = true;
                lineHasContent = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                lineHasContent = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (lineHasContent || cell.length() > 0) {
                    cells.add(cell.toString());
                    records.add(cells.toArray(String[]::new));
                }
                cells.clear();
                cell.setLength(0);
                lineHasContent = false;
            } else {
                cell.append(c);
                lineHasContent = true;
            }
        }
        if (quoted) throw new IllegalArgumentException("a quoted cell is not closed before the end of the file");
        if (lineHasContent || cell.length() > 0) {
            cells.add(cell.toString());
            records.add(cells.toArray(String[]::new));
        }
        return records;
    }
}
