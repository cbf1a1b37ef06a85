package nl.reintsim.output.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @Test void cellsWithCommasOrQuotesAreQuotedPerRfc4180(@TempDir Path dir) throws Exception {
        Table table = new Table("name", "value").add("a, \"b\"", 0.5).add("plain", Double.NaN);
        Path file = dir.resolve("t.csv");
        CsvWriter.write(table, file);
        assertEquals("name,value\r\n\"a, \"\"b\"\"\",0.5\r\nplain,\r\n", Files.readString(file));
    }

    @Test void theDutchDialectUsesSemicolonsAndDecimalCommasAndQuotesCellsWithSemicolons(@TempDir Path dir) throws Exception {
        Table table = new Table("name", "value").add("a; b, c", 1234.5).add("plain", -0.25);
        Path file = dir.resolve("t.csv");
        CsvWriter.write(table, file, CsvWriter.Dialect.NL);
        assertEquals("name;value\r\n\"a; b, c\";1234,5\r\nplain;-0,25\r\n", Files.readString(file));
    }
}
