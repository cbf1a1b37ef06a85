package nl.reintsim.output.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    @Test void whatIsWrittenIsReadBackCellForCellInBothDialects(@TempDir Path dir) throws Exception {
        Table table = new Table("kpi", "value", "source").add("releases", 23000.0, "K25: about 23,000 a year (\"≈\"; all)")
                .add("share", 0.5, "").add("line", -0.25, "two\nlines");
        for (CsvWriter.Dialect dialect : CsvWriter.Dialect.values()) {
            Path file = dir.resolve(dialect.key() + ".csv");
            CsvWriter.write(table, file, dialect);
            Table read = ReplicationsFile.readCsvTable(file);
            assertEquals(table.columns(), read.columns(), dialect.key());
            assertEquals(3, read.size(), dialect.key());
            for (int r = 0; r < 3; r++) {
                Object[] expected = table.rows().get(r).clone();
                if ("".equals(expected[2])) expected[2] = Double.NaN;
                assertArrayEquals(expected, read.rows().get(r), dialect.key() + " row " + r);
            }
        }
    }
}
