package nl.reintsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.scenario.ParameterLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterFileTest {
    private static Path shipped() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.exists(here.resolve("calibration/parameters/nl-2025.yaml"))) here = here.getParent();
        return here.resolve("calibration/parameters/nl-2025.yaml");
    }

    private static Quantity quantity(ModelParameters parameters, String path) {
        return parameters.quantities().stream().filter(q -> q.path().equals(path)).findFirst().orElseThrow();
    }

    @Test void theFreeParametersAreTheValuesMarkedFitWithTheirBounds() throws Exception {
        ParameterFile file = ParameterFile.load(shipped());
        assertTrue(file.free().size() >= 5);
        FreeParameter housing = file.free().stream().filter(p -> p.path().equals("conditions.meanDaysToHousing")).findFirst().orElseThrow();
        assertEquals("conditions.meanDaysToHousing.value", housing.valuePath());
        ModelParameters fixed = ParameterLoader.load(shipped());
        for (FreeParameter p : file.free()) {
            Quantity q = quantity(fixed, p.path());
            assertEquals(q.fit().min(), p.min());
            assertEquals(q.fit().max(), p.max());
            assertEquals(q.value(), p.start());
        }
        assertTrue(fixed.quantities().stream().filter(q -> q.fit() == null).count() > 50, "most values stay fixed");
    }

    @Test void aFittedFileChangesOnlyTheFreeValuesAndTheirSourcesAndKeepsTheComments(@TempDir Path dir) throws Exception {
        ParameterFile file = ParameterFile.load(shipped());
        double[] values = file.start();
        int housing = indexOf(file, "conditions.meanDaysToHousing");
        values[housing] = 211.5;
        String text = file.fittedText(values, "test fit", List.of("Fitted by `reintsim calibrate` in a test", "second line"));
        String original = Files.readString(shipped());
        // the header of an earlier fit is replaced, not kept: compare the comments below it
        String body = original.startsWith("# Fitted by") ? original.substring(original.indexOf("\n\n") + 2) : original;
        assertTrue(text.startsWith("# Fitted by `reintsim calibrate` in a test\n# second line\n\n# reintsim parameter set"));
        for (String line : body.lines().filter(l -> l.strip().startsWith("#")).toList()) assertTrue(text.contains(line), line);

        Path written = dir.resolve("fitted.yaml");
        Files.writeString(written, text);
        ModelParameters fitted = ParameterLoader.load(written);
        ModelParameters before = ParameterLoader.load(shipped());
        assertEquals(211.5, quantity(fitted, "conditions.meanDaysToHousing").value());
        String earlier = quantity(before, "conditions.meanDaysToHousing").source();
        String firstNote = earlier.startsWith("fitted: ") ? earlier.substring(earlier.indexOf("; before: ") + "; before: ".length()) : earlier;
        assertEquals("fitted: test fit; before: " + firstNote, quantity(fitted, "conditions.meanDaysToHousing").source());
        for (Quantity q : before.quantities()) {
            if (q.fit() == null) assertEquals(q, quantity(fitted, q.path()), q.path());
        }
    }

    @Test void refittingAFittedFileReplacesItsHeaderAndSourceNoteInsteadOfStackingThem(@TempDir Path dir) throws Exception {
        ParameterFile file = ParameterFile.load(shipped());
        Path once = dir.resolve("once.yaml");
        Files.writeString(once, file.fittedText(file.start(), "fit-one", List.of("Fitted by `reintsim calibrate` fit-one")));
        ParameterFile refit = ParameterFile.load(once);
        String twice = refit.fittedText(refit.start(), "second", List.of("Fitted by `reintsim calibrate` second"));
        assertFalse(twice.contains("fit-one"), "the first fit's header and notes are gone");
        assertEquals(file.fittedText(file.start(), "second", List.of("Fitted by `reintsim calibrate` second")), twice);
    }

    private static int indexOf(ParameterFile file, String path) {
        for (int i = 0; i < file.free().size(); i++) if (file.free().get(i).path().equals(path)) return i;
        throw new AssertionError(path);
    }
}
