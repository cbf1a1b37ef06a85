package nl.reintsim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.parameters.BySizeClass;
import nl.reintsim.simulation.policy.Lever;
import nl.reintsim.simulation.policy.RioAllocation;
import nl.reintsim.simulation.policy.RioExpansion;
import nl.reintsim.simulation.policy.StatutoryDuty;
import org.junit.jupiter.api.Test;

/** The report's table of measures shows each lever's settings as a reader can check them against the scenario file. */
class HtmlReportTest {
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    @Test void aSettingPerSizeClassIsShownClassByClassInTheReportsNumbers() {
        BySizeClass compliance = BySizeClass.all(0.8).with(SizeClass.G4, 1.0).with(SizeClass.OVER_100K, 0.95);
        String shown = HtmlReport.settings(new StatutoryDuty(FROM, compliance, 4, true), Language.NL);
        assertEquals("from: 2027-01-01<br>compliance: g4 1 · 100k_plus 0,95 · 50k_100k 0,8 · 20k_50k 0,8 · under_20k 0,8"
                + "<br>extraCoordinatorHoursPerWeekPer10k: 4<br>fixedContactPerson: ja", shown);
    }

    @Test void aChoiceIsShownAsTheScenarioFileSpellsIt() {
        String shown = HtmlReport.settings(new RioExpansion(FROM, 150, 15, 18, 35, RioAllocation.ALL_MUNICIPALITIES), Language.EN);
        assertEquals("from: 2027-01-01<br>fte: 150<br>caseloadPerFte: 15<br>minimumAgeYears: 18<br>maximumAgeYears: 35"
                + "<br>allocation: all_municipalities", shown);
    }

    @Test void everyKindOfLeverHasOnlySettingsTheReportCanShow() {
        for (Class<?> lever : Lever.class.getPermittedSubclasses()) {
            for (RecordComponent c : lever.getRecordComponents()) {
                assertTrue(HtmlReport.SETTING_TYPES.contains(c.getType()), lever.getSimpleName() + "." + c.getName() + " is a " + c.getType());
            }
        }
    }
}
