package nl.reintsim.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.SizeClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own municipality table is read as the user's spreadsheet saved it. */
class MunicipalityTableLoaderTest {
    @TempDir Path dir;

    private static final String COMMAS = "code,name,population,size_class,region,housing_wait_years\n"
            + "GM1900,Súdwest-Fryslân,92000,50k_100k,R01,3.5\n"
            + "GM0796,'s-Hertogenbosch,160000,100k_plus,R02,6.0\n";

    private List<Municipality> load(byte[] bytes) throws Exception {
        Path file = dir.resolve("table.csv");
        Files.write(file, bytes);
        return MunicipalityTableLoader.load(file);
    }

    @Test void aCommaSeparatedUtf8TableIsRead() throws Exception {
        List<Municipality> table = load(COMMAS.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, table.size());
        assertEquals("Súdwest-Fryslân", table.get(0).name());
        assertEquals(3.5, table.get(0).housingWaitYears());
        assertEquals(SizeClass.OVER_100K, table.get(1).sizeClass());
    }

    @Test void whatDutchExcelSavesIsReadTheSame() throws Exception {
        // semicolons, decimal commas, Windows line ends, Windows-1252 text: Excel's "CSV" on a Dutch Windows
        String excel = COMMAS.replace(",", ";").replace("3.5", "3,5").replace("6.0", "6,0").replace("\n", "\r\n");
        assertEquals(load(COMMAS.getBytes(StandardCharsets.UTF_8)), load(excel.getBytes(Charset.forName("windows-1252"))));
    }

    @Test void aByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        // Excel's "CSV UTF-8" starts the file with one
        assertEquals(2, load(("\uFEFF" + COMMAS).getBytes(StandardCharsets.UTF_8)).size());
    }

    @Test void aDecimalCommaInACommaSeparatedTableIsAColumnTooMany() {
        String mixed = COMMAS.replace("3.5", "3,5");
        InputException e = assertThrows(InputException.class, () -> load(mixed.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("found 7 columns, expected 6"), e.getMessage());
    }

    @Test void aWrongHeaderNamesBothSeparatorsThatAreAccepted() {
        String wrong = COMMAS.replace(",", ";").replace("code;name", "gemeentecode;name");
        InputException e = assertThrows(InputException.class, () -> load(wrong.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("found gemeentecode;name;population"), e.getMessage());
        assertTrue(e.getMessage().contains("or the same with semicolons"), e.getMessage());
    }
}
