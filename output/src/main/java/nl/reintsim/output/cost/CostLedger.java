package nl.reintsim.output.cost;

import java.time.YearMonth;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Income;
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
 * shelter and supported housing are booked per month from month-end counts; social assistance per spell;
 * the rest per event. A transfer is booked twice, as a cost to who pays and a negative cost to who receives,
 * so it cancels in any total over all payers. Municipal entries also carry the municipality, or
 * "regional" for the pooled shelter and supported housing.
 */
public final class CostLedger {
    /** Index of the pooled regional places in a size-class breakdown, after the size classes. */
    public static final int REGIONAL = SizeClass.values().length;
    private static final double DAYS_PER_YEAR = 365.25;
    private static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
    private static final int NO_SPELL = Integer.MIN_VALUE;

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
    private final double followUpDays;
    private int[] benefitSince = new int[0];
    private int[] benefitMunicipality = new int[0];
    private int[] followUpEnd = new int[0];

    /**
     * @param sizeClassOf  size-class ordinal per municipality index
     * @param followUpDays days after a release during which the model follows conditions (and so benefits)
     */
    public CostLedger(SimCalendar calendar, CostParameters costs, int[] sizeClassOf, double followUpDays) {
        this.followUpDays = followUpDays;
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
            endBenefit(d.personId(), d.day());
            spread(d.day(), d.day() + d.plannedStayDays(), Payer.STATE_DJI, -1, CostCategory.DETENTION, unit(costs.detentionDay()));
        } else if (event instanceof MonthEnded m) {
            onMonthEnded(m);
        } else if (event instanceof SupportStarted s && s.kind() == SupportStarted.Kind.PROBATION) {
            book(s.day(), Payer.STATE_PROBATION, -1, CostCategory.PROBATION, unit(costs.probationCase()));
        } else if (event instanceof BudgetYear b) {
            book(b.day(), Payer.STATE_SUBSIDY_RIO, -1, CostCategory.BIJDRAGEREGELING, b.spentEuros());
        } else if (event instanceof ConditionChanged c && !c.inDetention() && c.kind() == ConditionKind.ARRANGE_BENEFIT) {
            startBenefit(c.personId(), c.day());
        } else if (event instanceof ConditionChanged c && !c.inDetention() && c.kind() == ConditionKind.FIND_WORK) {
            endBenefit(c.personId(), c.day());
        } else if (event instanceof ConditionChanged c && c.kind() == ConditionKind.ARRANGE_ID) {
            // ID in detention: the extra municipal costs are reimbursed by the state [K25, K26]; after release the person pays
            book(c.day(), c.inDetention() ? Payer.STATE_SUBSIDY_RIO : Payer.PERSONS, -1, CostCategory.ID_CARDS, unit(costs.idCard()));
        } else if (event instanceof RentContinued r) {
            spread(r.day(), r.day() + r.days(), Payer.MUNICIPALITIES, r.municipality(), CostCategory.RENT_CONTINUATION,
                    unit(costs.rentMonth()) / DAYS_PER_MONTH);
        } else if (event instanceof Reoffended o) {
            book(o.day(), Payer.STATE_POLICE_JUSTICE, -1, CostCategory.POLICE_JUSTICE, unit(costs.policeJusticeCase()));
            book(o.day(), Payer.VICTIMS_SOCIETY, -1, CostCategory.VICTIMS, unit(costs.victimOffence()));
        } else if (event instanceof Released r) {
            if (r.day() >= measureFrom) releases++;
            remember(r.personId(), r.municipality(), r.day());
            if (r.conditions().income() == Income.BENEFIT) startBenefit(r.personId(), r.day());
        }
    }

    private void onMonthEnded(MonthEnded m) {
        if (m.day() < measureFrom) return;
        YearMonth month = calendar.month(m.monthIndex());
        int days = Math.min(month.lengthOfMonth(), m.day() + 1 - measureFrom);
        double years = days / DAYS_PER_YEAR;
        double weeks = days / 7.0;
        int day = m.day();
        book(day, Payer.STATE_DJI, -1, CostCategory.CASE_MANAGERS, m.caseManagerFte() * years * unit(costs.caseManagerFteYear()));
        book(day, Payer.STATE_SUBSIDY_RIO, -1, CostCategory.RIO, m.rioFte() * years * unit(costs.rioFteYear()));
        double hour = unit(costs.coordinatorHour());
        for (int k = 0; k < sizeClassOf.length; k++) {
            double funded = m.fundedCoordinatorHoursPerWeek().get(k);
            book(day, Payer.MUNICIPALITIES, k, CostCategory.MUNICIPAL_COORDINATION, (m.coordinatorHoursPerWeek().get(k) - funded) * weeks * hour);
            book(day, Payer.STATE_SUBSIDY_RIO, -1, CostCategory.MUNICIPAL_COORDINATION, funded * weeks * hour);
        }
        book(day, Payer.MUNICIPALITIES, regional, CostCategory.SHELTER, m.inShelter() * days * unit(costs.shelterNight()));
        book(day, Payer.MUNICIPALITIES, regional, CostCategory.SUPPORTED_HOUSING,
                m.inSupportedHousing() * days * unit(costs.supportedHousingDay()));
    }

    private double unit(nl.reintsim.simulation.parameters.Price price) { return costs.euros(price); }

    /*
     * Social assistance by spell: after release a benefit starts at release or when arranged, and ends when
     * work is found, at a new detention (stopped or frozen, not paid), when the follow-up ends (the model
     * stops following conditions) or at the end of the run. Booked per day, as a transfer.
     */
    private void remember(int person, int municipality, int releaseDay) {
        ensure(person);
        benefitMunicipality[person] = municipality;
        followUpEnd[person] = (int) Math.min(Integer.MAX_VALUE, releaseDay + (long) followUpDays);
    }

    private void startBenefit(int person, int day) {
        ensure(person);
        if (benefitSince[person] == NO_SPELL) benefitSince[person] = day;
    }

    private void endBenefit(int person, int day) {
        if (person >= benefitSince.length || benefitSince[person] == NO_SPELL) return;
        double perDay = unit(costs.socialAssistanceMonth()) / DAYS_PER_MONTH;
        int to = Math.min(day, followUpEnd[person]);
        spread(benefitSince[person], to, Payer.MUNICIPALITIES, benefitMunicipality[person], CostCategory.SOCIAL_ASSISTANCE, perDay);
        spread(benefitSince[person], to, Payer.PERSONS, -1, CostCategory.SOCIAL_ASSISTANCE, -perDay);
        benefitSince[person] = NO_SPELL;
    }

    private void ensure(int person) {
        if (person < benefitSince.length) return;
        int size = Math.max(person + 1, benefitSince.length * 2);
        int old = benefitSince.length;
        benefitSince = java.util.Arrays.copyOf(benefitSince, size);
        java.util.Arrays.fill(benefitSince, old, size, NO_SPELL);
        benefitMunicipality = java.util.Arrays.copyOf(benefitMunicipality, size);
        followUpEnd = java.util.Arrays.copyOf(followUpEnd, size);
    }

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
        for (int person = 0; person < benefitSince.length; person++) endBenefit(person, end);
        return new CostAccount(calendar.measurementStart().getYear(), byPayer, municipal, sizeClassOf, releases, costs);
    }
}
