package nl.reintsim.output.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Table} as CSV with CRLF line ends and quotes only where needed: RFC 4180 (comma, decimal
 * dot) by default, or the Dutch spreadsheet dialect (semicolon, decimal comma) that Dutch Excel opens as
 * columns of numbers.
 */
public final class CsvWriter {
    /** Separator and decimal mark. */
    public enum Dialect {
        RFC4180("rfc4180", ',', '.'), NL("nl", ';', ',');

        private final String key;
        private final char separator;
        private final char decimal;

        Dialect(String key, char separator, char decimal) {
            this.key = key;
            this.separator = separator;
            this.decimal = decimal;
        }

        public String key() { return key; }

        public static Dialect of(String key) {
            for (Dialect d : values()) if (d.key.equals(key)) return d;
            throw new IllegalArgumentException("unknown CSV dialect " + key + ", allowed: rfc4180, nl");
        }
    }

    private CsvWriter() { }

    public static void write(Table table, Path file) throws IOException {
        write(table, file, Dialect.RFC4180);
    }

    public static void write(Table table, Path file, Dialect dialect) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(line(table.columns().toArray(), dialect));
            for (Object[] row : table.rows()) out.write(line(row, dialect));
        }
    }

    private static String line(Object[] cells, Dialect dialect) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) s.append(dialect.separator);
            s.append(escape(cell(cells[i], dialect), dialect.separator));
        }
        return s.append("\r\n").toString();
    }

    static String cell(Object value) { return cell(value, Dialect.RFC4180); }

    static String cell(Object value, Dialect dialect) {
        if (value == null) return "";
        if (value instanceof Double d) return Numbers.format(d).replace('.', dialect.decimal);
        return value.toString();
    }

    private static String escape(String text, char separator) {
        if (text.indexOf(separator) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
