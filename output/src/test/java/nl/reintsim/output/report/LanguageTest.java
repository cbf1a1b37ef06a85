package nl.reintsim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import nl.reintsim.output.cost.Payer;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.KpiAccumulator;
import nl.reintsim.output.kpi.PersonGroup;
import nl.reintsim.simulation.observation.ConditionSnapshot;
import nl.reintsim.simulation.scenario.ScenarioFormat;
import org.junit.jupiter.api.Test;

/** A reader of the report sees names in their language, never a key that only the CSV files need. */
class LanguageTest {
    @Test void anIntervalIsShownWithTheDecimalsThatShowItsWidthAndNoMore() {
        assertEquals(2, Language.decimalsToShowWidth(-1.10, -1.07, 2, 4), "three steps at two decimals");
        assertEquals(3, Language.decimalsToShowWidth(-0.012, -0.004, 2, 4), "-0.01 to -0.00 at two decimals is one step");
        assertEquals(3, Language.decimalsToShowWidth(-0.0031, 0.0024, 2, 4), "-0.00 to 0.00 at two decimals");
        assertEquals(4, Language.decimalsToShowWidth(0.0123, 0.0128, 2, 4), "half a step at three decimals");
        assertEquals(1, Language.decimalsToShowWidth(49.1, 49.3, 1, 3), "a share's level: two steps at one decimal");
        assertEquals(2, Language.decimalsToShowWidth(0.012341, 0.012342, 2, 4), "beyond the most, the least");
        assertEquals(2, Language.decimalsToShowWidth(0.5, 0.5, 2, 4), "no interval");
        assertEquals(2, Language.decimalsToShowWidth(Double.NaN, Double.NaN, 2, 4), "no interval");
    }

    @Test void bothLanguagesHaveATextForTheSameThings() {
        assertEquals(Language.NL.keys(), Language.EN.keys());
    }

    @Test void everyPayerMonitorConditionAndMomentHasANameInBothLanguages() {
        for (Language l : Language.values()) {
            for (Payer p : Payer.values()) assertNamed(l.payerName(p.key()), p.key());
            assertNamed(l.payerName("society"), "society");
            for (String condition : KpiAccumulator.MONITOR_CONDITIONS) assertNamed(l.monitorConditionName(condition), condition);
            for (ConditionSnapshot.Moment m : ConditionSnapshot.Moment.values()) assertNamed(l.momentName(m), m.key());
        }
    }

    @Test void everyIndicatorOfTheReportsTablesHasANameInBothLanguages() {
        for (Language l : Language.values()) {
            for (Kpi kpi : HtmlReport.HEADLINE) assertNamed(l.kpiName(kpi.key()), kpi.key());
            assertNamed(l.kpiName("npv_net_benefit_eur"), "npv_net_benefit_eur");
        }
    }

    @Test void everyLeverOfTheScenarioFormatHasANameInBothLanguages() {
        for (Language l : Language.values()) {
            for (ScenarioFormat.LeverFormat lever : ScenarioFormat.LEVERS) assertNamed(l.leverName(lever.key()), lever.key());
        }
    }

    @Test void everyGroupOfReleasedPeopleHasANameInBothLanguages() {
        for (Language l : Language.values()) {
            for (PersonGroup g : PersonGroup.values()) {
                String name = l.groupName(g.key());   // "men" may be its own key; a key with an underscore is not a name
                assertFalse(name.isBlank() || name.contains("_"), g.key() + " is shown as " + name);
            }
        }
    }

    @Test void aNumberInATableOfInputsHasNoMoreDecimalsThanItNeeds() {
        assertEquals("0,95", Language.NL.number(0.95));
        assertEquals("150", Language.NL.number(150.0));
        assertEquals("15.470", Language.NL.number(15_470.2));
        assertEquals("1.55", Language.EN.number(1.5512));
        assertEquals("0.0001", Language.EN.number(0.000123));
    }

    @Test void aKpiTheReportHasNoNameForIsShownByItsKey() {
        assertEquals("two-year recidivism", Language.EN.kpiName("recidivism_2y"));
        assertEquals("tweejaarsrecidive", Language.NL.kpiName("recidivism_2y"));
        assertEquals("prison_population", Language.NL.kpiName("prison_population"));
    }

    @Test void aNameInATableCarriesTheKeyOfItsColumnInTheCsvFiles() {
        assertEquals("Gemeenten<br><code class=\"key\">municipalities</code>", HtmlReport.named(Language.NL.payerName("municipalities"), "municipalities"));
        assertEquals("<code>prison_population</code>", HtmlReport.named(Language.NL.kpiName("prison_population"), "prison_population"));
    }

    private static void assertNamed(String name, String key) {
        assertFalse(name.isBlank(), key);
        assertFalse(name.equals(key) || name.contains("_"), key + " is shown as " + name);
    }
}
