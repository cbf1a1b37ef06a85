package nl.reintsim.output.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link Table} as RFC 4180 CSV (comma, dot, CRLF line ends, quotes only where needed). */
public final class CsvWriter {
    private CsvWriter() { }

    public static void write(Table table, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(line(table.columns().toArray()));
            for (Object[] row : table.rows()) out.write(line(row));
        }
    }

    private static String line(Object[] cells) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) s.append(',');
            s.append(escape(cell(cells[i])));
        }
        return s.append("\r\n").toString();
    }

    static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return Numbers.format(d);
        return value.toString();
    }

    private static String escape(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
