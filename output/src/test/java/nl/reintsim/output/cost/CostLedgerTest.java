package nl.reintsim.output.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Conditions;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.observation.ConditionChanged;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.observation.MonthEnded;
import nl.reintsim.simulation.observation.Released;
import nl.reintsim.simulation.parameters.CostParameters;
import nl.reintsim.simulation.parameters.Price;
import nl.reintsim.simulation.time.SimCalendar;
import org.junit.jupiter.api.Test;

class CostLedgerTest {
    private final SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 1, 1), 1, 3);
    private final CostParameters costs = TestCosts.shipped();
    private final int start = calendar.measurementStartDay();

    private static final int FOLLOW_UP_DAYS = 1825;

    private CostLedger ledger() { return new CostLedger(calendar, costs, new int[] {0, 4}, FOLLOW_UP_DAYS); }

    /** A month end with only the given shelter stock; no staff. */
    private MonthEnded monthEnd(int day, int inShelter) {
        return new MonthEnded(day, calendar.monthIndex(day), 0, 0, 0, 0, 0, 0, 0, inShelter, 0, 0, 0,
                List.of(0.0, 0.0), List.of(0.0, 0.0));
    }

    private static Released releasedOnBenefit(int person, int day, int municipality) {
        Conditions c = new Conditions(true, Housing.OWN, Income.BENEFIT, false, false, false, false, false, false, false);
        return new Released(day, person, 1, DetentionType.SHORT_SENTENCE, 30, 30, municipality, c, true, false, false, false,
                false, false, false, true);
    }

    @Test void everyTotalIsTheSumOfItsEntries() {
        CostLedger ledger = ledger();
        ledger.book(start + 10, Payer.STATE_DJI, -1, CostCategory.DETENTION, 100);
        ledger.book(start + 400, Payer.MUNICIPALITIES, 1, CostCategory.RENT_CONTINUATION, 30);
        ledger.book(start + 800, Payer.VICTIMS_SOCIETY, -1, CostCategory.VICTIMS, 7);
        ledger.book(start - 5, Payer.VICTIMS_SOCIETY, -1, CostCategory.VICTIMS, 1000);   // warm-up: not measured
        CostAccount account = ledger.result();
        double byPayer = 0;
        for (Payer p : Payer.values()) byPayer += account.total(p);
        assertEquals(137, account.total(null), 1e-9);
        assertEquals(account.total(null), byPayer, 1e-9);
        assertEquals(30, account.municipalAmount(1, 4, CostCategory.RENT_CONTINUATION), 1e-9, "municipality 1 is under 20,000");
        assertEquals(30, account.municipalityTotal(1, CostCategory.RENT_CONTINUATION), 1e-9);
    }

    @Test void socialAssistanceIsATransferThatCancelsInTheSocietalTotal() {
        CostLedger ledger = ledger();
        ledger.on(releasedOnBenefit(7, start, 1));
        ledger.on(new Detained(start + 100, 7, 2, DetentionType.PRE_TRIAL, 20, start, 1));
        CostAccount account = ledger.result();
        double paid = 100 / (365.25 / 12) * costs.euros(costs.socialAssistanceMonth());
        assertEquals(paid, account.municipalityTotal(1, CostCategory.SOCIAL_ASSISTANCE), 1e-6, "paid by the municipality of release");
        assertEquals(paid, account.total(Payer.MUNICIPALITIES), 1e-6);
        assertEquals(-paid, account.total(Payer.PERSONS), 1e-6);
        assertEquals(account.total(Payer.STATE_DJI), account.total(null), 1e-6, "society bears only the detention");
    }

    @Test void aUnitCostIsBroughtToTheBaseYearOnceAndOnlyNetPresentValuesAreDiscounted() {
        Price shelter = costs.shelterNight();
        assertEquals(2011, shelter.priceYear());
        double night = shelter.euros() * Math.pow(1 + costs.priceIndexPerYear(), costs.priceBaseYear() - 2011);
        assertEquals(night, costs.euros(shelter), 1e-9);
        CostLedger ledger = ledger();
        int endOfJanuaryNextYear = calendar.day(LocalDate.of(2027, 1, 31));
        ledger.on(monthEnd(endOfJanuaryNextYear, 3));
        CostAccount account = ledger.result();
        assertEquals(3 * 31 * night, account.amount(1, Payer.MUNICIPALITIES, CostCategory.SHELTER), 1e-6, "undiscounted in the year table");
        assertEquals(3 * 31 * night / (1 + costs.discountRate()), account.netPresentValue(Payer.MUNICIPALITIES), 1e-6,
                "discounted once, one year");
    }

    @Test void aBenefitIsPaidUntilWorkIsFoundOrTheFollowUpEnds() {
        CostLedger ledger = ledger();
        ledger.on(releasedOnBenefit(1, start, 0));
        ledger.on(new ConditionChanged(start + 50, 1, ConditionKind.FIND_WORK, start, false));
        ledger.on(releasedOnBenefit(2, start - FOLLOW_UP_DAYS + 10, 0));   // follow-up ends 10 days into the measured period
        CostAccount account = ledger.result();
        double perDay = costs.euros(costs.socialAssistanceMonth()) / (365.25 / 12);
        assertEquals(60 * perDay, account.total(Payer.MUNICIPALITIES), 1e-6);
    }

    @Test void aDetentionIsBookedDayByDayWithinTheMeasuredYears() {
        CostLedger ledger = ledger();
        ledger.on(new Detained(start - 10, 1, 1, DetentionType.SHORT_SENTENCE, 40, -1, 0));
        CostAccount account = ledger.result();
        assertEquals(30 * costs.euros(costs.detentionDay()), account.total(Payer.STATE_DJI), 1e-6, "the ten warm-up days are not measured");
    }

    private List<ReplicationKpis> runs(String scenario, double extraRio) {
        List<ReplicationKpis> runs = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            CostLedger ledger = ledger();
            ledger.book(start + 5, Payer.STATE_DJI, -1, CostCategory.DETENTION, 1_000_000 + 1000 * r);
            ledger.book(start + 5, Payer.STATE_SUBSIDY_RIO, -1, CostCategory.RIO, extraRio);
            runs.add(new ReplicationKpis(scenario, r, Map.of(Kpi.RECIDIVISTS_2Y_PER_YEAR, 100.0, Kpi.REDETAINED_2Y_PER_YEAR, 50.0),
                    Map.of(), Map.of(), Map.of(), new EnumMap<>(Kpi.class), ledger.result()));
        }
        return runs;
    }

    private static double measure(Table table, String measure, String payer) {
        return (double) table.rows().stream().filter(r -> r[2].equals(measure) && r[3].equals(payer)).findFirst().orElseThrow()[4];
    }

    @Test void aScenarioThatOnlyAddsCostHasANegativeNetPresentValue() {
        Table table = CostTables.comparison(List.of(runs("baseline", 0), runs("more-rio", 50_000)));
        assertEquals(50_000, measure(table, "npv_cost_difference_eur", "state_subsidy_rio"), 1e-6);
        assertEquals(-50_000, measure(table, "npv_net_benefit_eur", "society"), 1e-6);
        assertEquals(0, measure(table, "benefit_cost_ratio", "society"), 1e-12);
        assertEquals(0, measure(table, "chance_benefits_exceed_costs", "society"), 1e-12);
        assertTrue(Double.isNaN(measure(table, "intervention_cost_per_prevented_recidivist_eur", "society")), "nothing prevented");
    }

    @Test void costsPerYearGiveEachScenariosLevelAndThePairedDifferenceWithTheReference() {
        Table table = CostTables.perYear(List.of(runs("baseline", 0), runs("more-rio", 50_000)));
        int firstYear = calendar.measurementStart().getYear();
        Object[] level = table.rows().stream().filter(r -> r[0].equals("baseline") && r[1].equals(firstYear) && r[2].equals("society")
                && r[3].equals("level")).findFirst().orElseThrow();
        assertEquals(1_002_000, (double) level[4], 1e-6, "mean of the five replications' detention costs");
        Object[] difference = table.rows().stream().filter(r -> r[0].equals("more-rio") && r[1].equals(firstYear) && r[2].equals("society")
                && r[3].equals("difference")).findFirst().orElseThrow();
        assertEquals(50_000, (double) difference[4], 1e-6);
        assertEquals(0, (double) difference[6] - (double) difference[5], 1e-6, "paired: the replications' own variation cancels");
        assertTrue(table.rows().stream().noneMatch(r -> r[0].equals("baseline") && r[3].equals("difference")), "no difference of the reference with itself");
    }
}
