package nl.reintsim.output.cost;

import java.time.YearMonth;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.BudgetYear;
import nl.reintsim.simulation.observation.ConditionChanged;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.observation.ModelEvent;
import nl.reintsim.simulation.observation.MonthEnded;
import nl.reintsim.simulation.observation.Released;
import nl.reintsim.simulation.observation.RentContinued;
import nl.reintsim.simulation.observation.Reoffended;
import nl.reintsim.simulation.observation.SupportStarted;
import nl.reintsim.simulation.parameters.CostParameters;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * Books what the simulated events cost, by measured year, payer and category, in base-year prices
 * [brief 3e]. Capacities (case managers, RIO, municipal coordinators) cost what is in post, used or not;
 * stocks (shelter, supported housing, social assistance) are booked per month from month-end counts; the
 * rest per event. A transfer is booked twice, as a cost to who pays and a negative cost to who receives,
 * so it cancels in any total over all payers. Municipal entries also carry the municipality, or
 * "regional" for the pooled shelter and supported housing.
 */
public final class CostLedger {
    /** Index of the pooled regional places in a size-class breakdown, after the size classes. */
    public static final int REGIONAL = SizeClass.values().length;
    private static final double DAYS_PER_YEAR = 365.25;
    private static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

    private final SimCalendar calendar;
    private final CostParameters costs;
    private final int measureFrom;
    private final int end;
    private final int[] yearStart;
    private final double[][][] byPayer;
    private final double[][][] municipal;
    private final int[] sizeClassOf;
    /** Index of the pooled regional places in {@link #municipal}, after the municipalities. */
    private final int regional;
    private long releases;

    /**
     * @param sizeClassOf size-class ordinal per municipality index
     */
    public CostLedger(SimCalendar calendar, CostParameters costs, int[] sizeClassOf) {
        this.calendar = calendar;
        this.costs = costs;
        this.sizeClassOf = sizeClassOf.clone();
        this.regional = sizeClassOf.length;
        this.measureFrom = calendar.measurementStartDay();
        this.end = calendar.totalDays();
        int years = (int) Math.ceil(calendar.measurementDays() / DAYS_PER_YEAR - 1e-9);
        this.yearStart = new int[years + 1];
        for (int k = 0; k <= years; k++) yearStart[k] = Math.min(end, measureFrom + (int) Math.round(k * DAYS_PER_YEAR));
        this.byPayer = new double[years][Payer.values().length][CostCategory.values().length];
        this.municipal = new double[years][sizeClassOf.length + 1][CostCategory.values().length];
    }

    public void on(ModelEvent event) {
        if (event instanceof Detained d) {
            spread(d.day(), d.day() + d.plannedStayDays(), Payer.STATE_DJI, -1, CostCategory.DETENTION, unit(costs.detentionDay()));
        } else if (event instanceof MonthEnded m) {
            onMonthEnded(m);
        } else if (event instanceof SupportStarted s && s.kind() == SupportStarted.Kind.PROBATION) {
            book(s.day(), Payer.STATE_PROBATION, -1, CostCategory.PROBATION, unit(costs.probationCase()));
        } else if (event instanceof BudgetYear b) {
            book(b.day(), Payer.STATE_SUBSIDY_RIO, -1, CostCategory.BIJDRAGEREGELING, b.spentEuros());
        } else if (event instanceof ConditionChanged c && c.kind() == ConditionKind.ARRANGE_ID) {
            // ID in detention: the extra municipal costs are reimbursed by the state [K25, K26]; after release the person pays
            book(c.day(), c.inDetention() ? Payer.STATE_SUBSIDY_RIO : Payer.PERSONS, -1, CostCategory.ID_CARDS, unit(costs.idCard()));
        } else if (event instanceof RentContinued r) {
            spread(r.day(), r.day() + r.days(), Payer.MUNICIPALITIES, r.municipality(), CostCategory.RENT_CONTINUATION,
                    unit(costs.rentMonth()) / DAYS_PER_MONTH);
        } else if (event instanceof Reoffended o) {
            book(o.day(), Payer.STATE_POLICE_JUSTICE, -1, CostCategory.POLICE_JUSTICE, unit(costs.policeJusticeCase()));
            book(o.day(), Payer.VICTIMS_SOCIETY, -1, CostCategory.VICTIMS, unit(costs.victimOffence()));
        } else if (event instanceof Released r && r.day() >= measureFrom) {
            releases++;
        }
    }

    private void onMonthEnded(MonthEnded m) {
        if (m.day() < measureFrom) return;
        YearMonth month = calendar.month(m.monthIndex());
        int days = Math.min(month.lengthOfMonth(), m.day() + 1 - measureFrom);
        double years = days / DAYS_PER_YEAR;
        double weeks = days / 7.0;
        double months = days / DAYS_PER_MONTH;
        int day = m.day();
        book(day, Payer.STATE_DJI, -1, CostCategory.CASE_MANAGERS, m.caseManagerFte() * years * unit(costs.caseManagerFteYear()));
        book(day, Payer.STATE_SUBSIDY_RIO, -1, CostCategory.RIO, m.rioFte() * years * unit(costs.rioFteYear()));
        double hour = unit(costs.coordinatorHour());
        double assistanceMonth = unit(costs.socialAssistanceMonth());
        for (int k = 0; k < sizeClassOf.length; k++) {
            double funded = m.fundedCoordinatorHoursPerWeek().get(k);
            book(day, Payer.MUNICIPALITIES, k, CostCategory.MUNICIPAL_COORDINATION, (m.coordinatorHoursPerWeek().get(k) - funded) * weeks * hour);
            book(day, Payer.STATE_SUBSIDY_RIO, -1, CostCategory.MUNICIPAL_COORDINATION, funded * weeks * hour);
            double assistance = m.onBenefit().get(k) * months * assistanceMonth;
            book(day, Payer.MUNICIPALITIES, k, CostCategory.SOCIAL_ASSISTANCE, assistance);
            book(day, Payer.PERSONS, -1, CostCategory.SOCIAL_ASSISTANCE, -assistance);
        }
        book(day, Payer.MUNICIPALITIES, regional, CostCategory.SHELTER, m.inShelter() * days * unit(costs.shelterNight()));
        book(day, Payer.MUNICIPALITIES, regional, CostCategory.SUPPORTED_HOUSING,
                m.inSupportedHousing() * days * unit(costs.supportedHousingDay()));
    }

    private double unit(nl.reintsim.simulation.parameters.Price price) { return costs.euros(price); }

    /** Books an amount on a day of the measurement period (earlier or later days are not measured). */
    void book(int day, Payer payer, int municipality, CostCategory category, double euros) {
        if (day < measureFrom || day >= end || euros == 0) return;
        int year = yearOf(day);
        byPayer[year][payer.ordinal()][category.ordinal()] += euros;
        if (payer == Payer.MUNICIPALITIES) municipal[year][municipality][category.ordinal()] += euros;
    }

    /** Books {@code eurosPerDay} for every measured day in [from, to), year by year. */
    void spread(int from, int to, Payer payer, int municipality, CostCategory category, double eurosPerDay) {
        int a = Math.max(from, measureFrom);
        int b = Math.min(to, end);
        while (a < b) {
            int year = yearOf(a);
            int stop = Math.min(b, yearStart[year + 1]);
            book(a, payer, municipality, category, (stop - a) * eurosPerDay);
            a = stop;
        }
    }

    private int yearOf(int day) {
        int year = (int) ((day - measureFrom) / DAYS_PER_YEAR);
        while (year + 1 < yearStart.length - 1 && day >= yearStart[year + 1]) year++;
        while (year > 0 && day < yearStart[year]) year--;
        return Math.min(year, byPayer.length - 1);
    }

    public CostAccount result() {
        return new CostAccount(calendar.measurementStart().getYear(), byPayer, municipal, sizeClassOf, releases, costs);
    }
}
