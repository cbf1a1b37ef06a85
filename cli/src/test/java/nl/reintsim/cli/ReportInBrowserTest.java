package nl.reintsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a rapporteur sees it: opened from disk in a real browser (headless Chromium), its charts
 * are drawn. Chart series use the Okabe–Ito palette and nothing else on the page is coloured, so the
 * scenario blue appears in the screenshot only if the embedded pictures were decoded and shown. Skipped
 * where no Chromium is installed (.ci/run installs it when it can).
 */
class ReportInBrowserTest {
    private static final int SCENARIO_BLUE = 0x0072B2;

    @BeforeAll static void locateRepository(@TempDir Path shared) throws Exception {
        CliTest.locateRepository(shared);
    }

    private static Path browser() {
        for (String candidate : new String[] {System.getenv("REINTSIM_BROWSER"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) return Path.of(candidate);
        }
        return null;
    }

    @Test void theReportOpenedFromDiskInABrowserShowsItsCharts(@TempDir Path dir) throws Exception {
        Path browser = browser();
        Assumptions.assumeTrue(browser != null, "no Chromium installed: the browser check is skipped");
        Path out = dir.resolve("report");
        CliTest.Result result = CliTest.reintsim("compare", CliTest.scenario("baseline"), CliTest.scenario("id-in-detention"), "--years", "3",
                "-r", "2", "-q", "--parameters", CliTest.quickParameters.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());

        Path shot = dir.resolve("shot.png");
        Process chromium = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1200,6000", "--screenshot=" + shot, out.resolve("report.html").toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("browser.log").toFile()).start();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "the browser finished");
        assertTrue(Files.exists(shot), Files.readString(dir.resolve("browser.log")));

        BufferedImage image = ImageIO.read(shot.toFile());
        long blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == SCENARIO_BLUE) blue++;
        }
        assertTrue(blue > 5_000, "the charts' bars are drawn: " + blue + " pixels in the scenario blue");
    }
}
