package nl.reintsim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import nl.reintsim.output.statistics.PairedDifference;
import nl.reintsim.output.statistics.Summary;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.parameters.BySizeClass;
import nl.reintsim.simulation.policy.Lever;
import nl.reintsim.simulation.policy.Levers;
import nl.reintsim.simulation.policy.RioAllocation;
import nl.reintsim.simulation.policy.RioExpansion;
import nl.reintsim.simulation.policy.StatutoryDuty;
import nl.reintsim.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The report shows each lever's settings as a reader can check them against the scenario file, and says so in words
 * where a figure could not be measured rather than printing the gaps of a formula.
 */
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

    @Test void aLeverStartingAfterTheMeasuredYearsIsSaidToChangeNothing() {
        RioExpansion rio = new RioExpansion(FROM, 150, 15, 18, 35, RioAllocation.ALL_MUNICIPALITIES);
        Levers levers = new Levers(null, null, null, null, null, null, null, rio, null);
        Scenario.Text text = new Scenario.Text("t", "t");
        Scenario oneYear = new Scenario("rio", text, text, LocalDate.of(2026, 1, 1), 1, levers);
        Scenario twoYears = oneYear.withHorizonYears(2);
        assertEquals(List.of("Note: the measure ‘Re-integration officers (RIO)’ starts on 2027-01-01, after the measured "
                + "years end (2026-12-31), so it changes nothing in these results."), HtmlReport.leverNotes(oneYear, Language.EN));
        assertTrue(HtmlReport.leverNotes(twoYears, Language.NL).isEmpty(), "a lever that starts on the second year's first day acts");
    }

    @Test void everyKindOfLeverHasOnlySettingsTheReportCanShow() {
        for (Class<?> lever : Lever.class.getPermittedSubclasses()) {
            for (RecordComponent c : lever.getRecordComponents()) {
                assertTrue(HtmlReport.SETTING_TYPES.contains(c.getType()), lever.getSimpleName() + "." + c.getName() + " is a " + c.getType());
            }
        }
    }

    @Test void aShareNotMeasuredIsADashAloneAndOneRunGivesTheMeanWithoutAnInterval() {
        double nan = Double.NaN;
        assertEquals("<td class=\"n\">–</td>", HtmlReport.shareCell(Summary.of(new double[] {nan, nan}), Language.NL));
        assertEquals("<td class=\"n\">48,5%</td>", HtmlReport.shareCell(Summary.of(new double[] {0.485}), Language.NL));
        assertEquals("<td class=\"n\">–</td>", HtmlReport.pointsCell(Summary.of(new double[] {nan}), Language.EN));
        assertEquals("<td class=\"n\">-0.50 pp</td>", HtmlReport.pointsCell(Summary.of(new double[] {-0.005}), Language.EN));
    }

    @Test void aNarrowIntervalIsShownWithTheDecimalsThatShowItsWidth() {
        // every run 0.017 or 0.018 points lower: at two decimals "-0.02 (-0.02 to -0.02)", at three "-0.018 (-0.018 to -0.017)"
        double[] reference = {0.49, 0.49, 0.49, 0.49};
        double[] alternative = {0.49 - 0.00017, 0.49 - 0.00018, 0.49 - 0.00017, 0.49 - 0.00018};
        String sentence = HtmlReport.recidivismSentence(PairedDifference.of(reference, alternative, Boolean.TRUE), Language.EN);
        assertTrue(sentence.endsWith("on average -0.0175 percentage points (-0.0184 to -0.0166)."), sentence);
        assertEquals("<td class=\"n\">-0.0175 pp (-0.0184 – -0.0166)</td>",
                HtmlReport.pointsCell(Summary.of(new double[] {-0.00017, -0.00018, -0.00017, -0.00018}), Language.EN));
        assertEquals("<td class=\"n\">-1.00 pp (-1.25 – -0.75)</td>",
                HtmlReport.pointsCell(Summary.of(new double[] {-0.010, -0.009, -0.011}), Language.EN), "a wide interval keeps two");
        assertEquals("<td class=\"n\">31.1% (31.1–31.2)</td>",
                HtmlReport.shareCell(Summary.of(new double[] {0.311, 0.3112, 0.3114}), Language.EN), "a level keeps one decimal");
    }

    @Test void aCostDifferenceInMillionsIsShownWithTheDecimalsThatShowItsInterval() {
        Table costs = new Table("alternative", "baseline", "measure", "payer", "mean", "ci95_low", "ci95_high", "n")
                .add("rio", "baseline", "npv_cost_difference_eur", "society", 19.2e6, 18.0e6, 20.5e6, 20)
                .add("rio", "baseline", "npv_cost_difference_eur", "state_probation", -37_040.0, -50_642.0, -23_438.0, 20)
                .add("rio", "baseline", "chance_benefits_exceed_costs", "society", 0.0, Double.NaN, Double.NaN, 20);
        assertTrue(HtmlReport.costSentence(costs, "rio", 20, Language.EN).startsWith(
                "Societal costs change by EUR 19.2 million (present value, 18.0 to 20.5)"));
        // one decimal would show "-0.0 (-0.1 – -0.0)"
        int decimals = HtmlReport.npvDecimals(costs, List.of("rio"), "state_probation");
        assertEquals("<td class=\"n\">-0.04<br><small>(-0.05 – -0.02)</small></td>",
                HtmlReport.npvCell(costs, "rio", "state_probation", decimals, Language.EN));
    }

    @Test void aPayersColumnShowsEveryAlternativeWithTheDecimalsItsNarrowestIntervalNeeds() {
        Table costs = new Table("alternative", "baseline", "measure", "payer", "mean", "ci95_low", "ci95_high", "n")
                .add("rio", "baseline", "npv_cost_difference_eur", "state_probation", -1.06e6, -1.14e6, -0.97e6, 4)
                .add("duty", "baseline", "npv_cost_difference_eur", "state_probation", -0.5e6, -0.7e6, -0.2e6, 4)
                .add("other", "baseline", "npv_cost_difference_eur", "state_probation", -0.0001e6, -0.00012e6, -0.00008e6, 4);
        int decimals = HtmlReport.npvDecimals(costs, List.of("rio", "duty"), "state_probation");
        assertEquals(2, decimals, "rio's interval, 0.17 wide, needs two; an alternative not in the table does not count");
        assertEquals("<td class=\"n\">-0.50<br><small>(-0.70 – -0.20)</small></td>",
                HtmlReport.npvCell(costs, "duty", "state_probation", decimals, Language.EN));
        assertEquals(1, HtmlReport.npvDecimals(costs, List.of("duty"), "state_probation"), "alone, duty's interval needs one");
    }

    @Test void recidivismNotMeasuredInAnyRunIsSaidInWordsNotAsZeroOfZeroRuns() {
        PairedDifference none = PairedDifference.of(new double[] {Double.NaN, Double.NaN}, new double[] {Double.NaN, Double.NaN}, Boolean.TRUE);
        String sentence = HtmlReport.recidivismSentence(none, Language.EN);
        assertTrue(sentence.startsWith("Two-year recidivism was not measured"), sentence);
    }

    @Test void recidivismEqualInEveryRunIsSaidToBeTheReferences() {
        PairedDifference same = PairedDifference.of(new double[] {0.48, 0.50}, new double[] {0.48, 0.50}, Boolean.TRUE);
        assertEquals("Two-year recidivism is the reference's in all 2 runs.", HtmlReport.recidivismSentence(same, Language.EN));
    }

    @Test void recidivismThatFallsIsCountedOverTheRunsWithItsInterval() {
        PairedDifference lower = PairedDifference.of(new double[] {0.48, 0.50, 0.49}, new double[] {0.47, 0.49, 0.49}, Boolean.TRUE);
        String sentence = HtmlReport.recidivismSentence(lower, Language.EN);
        assertTrue(sentence.startsWith("In 2 of 3 runs two-year recidivism falls; on average -0.67 percentage points ("), sentence);
    }
}
