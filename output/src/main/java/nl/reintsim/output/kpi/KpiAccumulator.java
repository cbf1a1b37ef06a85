package nl.reintsim.output.kpi;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.output.cost.CostAccount;
import nl.reintsim.output.cost.CostLedger;
import nl.reintsim.output.cost.Payer;
import nl.reintsim.simulation.model.ConditionKind;
import nl.reintsim.simulation.model.Conditions;
import nl.reintsim.simulation.model.Housing;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.observation.BudgetYear;
import nl.reintsim.simulation.observation.CaseOpened;
import nl.reintsim.simulation.observation.ConditionChanged;
import nl.reintsim.simulation.observation.ConditionSnapshot.Moment;
import nl.reintsim.simulation.observation.ConditionSnapshot;
import nl.reintsim.simulation.observation.Detained;
import nl.reintsim.simulation.observation.ModelEvent;
import nl.reintsim.simulation.observation.MonthEnded;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.observation.Released;
import nl.reintsim.simulation.observation.Reoffended;
import nl.reintsim.simulation.observation.SupportStarted;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.time.SimCalendar;

/**
 * Turns one replication's events into its KPIs. Only the measurement period counts; warm-up events
 * are seen but not reported. Follow-up indicators use the monitor's population [W6]: releases after a
 * stay of at least 14 days, released in the measurement period early enough for the whole follow-up
 * to lie before the horizon. Monitor moments at which the person is back in detention are left out.
 * Size class is that of the municipality responsible at release.
 */
public final class KpiAccumulator implements Observer {
    private static final SizeClass[] SIZE_CLASSES = SizeClass.values();
    /** Minimum stay for the monitor population [W6: detained at least two weeks]. */
    static final int MONITOR_MINIMUM_STAY_DAYS = 14;
    static final int ONE_MONTH_DAYS = 30;
    static final int ONE_YEAR_DAYS = 365;
    /** Follow-up of the two-year outcomes: a release counts when it lies this many days before the end of the run. */
    public static final int TWO_YEARS_DAYS = 730;
    static final int FOUR_WEEKS_DAYS = 28;
    static final int THREE_MONTHS_DAYS = 91;
    /** The monitor table's conditions, as shares lacking (or having, for benefit and work) them. */
    public static final List<String> MONITOR_CONDITIONS = List.of("no_valid_id", "no_registered_address", "no_shelter",
            "no_income", "no_work", "benefit", "insurance_default", "debts_without_approach", "care_need_unmet");

    private final CostLedger ledger;
    private final String scenario;
    private final int replication;
    private final int measureFrom;
    private final int end;
    private final int firstMonth;
    private final int months;
    private final SimCalendar calendar;
    private final SizeClass[] sizeClassOf;
    private final boolean[] largeCity;

    private final Tally tally = new Tally();
    /** The outcomes of {@link PersonGroup#OUTCOMES} per group: [outcome][group] → {hits, cohort}. */
    private final long[][][] groupCounts = new long[PersonGroup.OUTCOMES.size()][PersonGroup.values().length][2];
    private long releases;
    private long largeCityReleases;
    private long staysUnder4Weeks;
    private long staysUnder3Months;
    private long stayDaysTotal;
    private long rioStarts;
    /** Waits by capacity: 0 coordinator, then 1 + the ordinal of {@link SupportStarted.Kind}. */
    private final long[] waitDays = new long[1 + SupportStarted.Kind.values().length];
    private final long[] waitCount = new long[1 + SupportStarted.Kind.values().length];
    private final double[] monthEndSums = new double[9];
    private long monthEnds;
    private final double[] budgetSums = new double[4];
    private long budgetYears;

    /** Per person, about their last release: day if it is in the follow-up cohort (else -1), and its class. */
    private int[] cohortReleaseDay = new int[1024];
    private byte[] cohortClass = new byte[1024];
    /** Per person, the groups of their last release in the follow-up cohort, one per dimension. */
    private PersonGroup[][] cohortGroups = new PersonGroup[1024][];
    private boolean[] firstOffenceCounted = new boolean[1024];
    private boolean[] workCounted = new boolean[1024];
    private boolean[] shelterLossCounted = new boolean[1024];
    private boolean[] contactAfterCounted = new boolean[1024];
    private boolean[] notInWorkAtRelease = new boolean[1024];
    /**
     * Per person, the day of their last release in the window (else -1), whether it belongs to the monitor
     * population (a stay of at least two weeks), and its size class ({@code cohortClass}). Most monitor moments
     * after a release belong to the person's last release, so they are looked up here, in arrays.
     */
    private int[] lastRelease = filled(1024, -1);
    private boolean[] lastReleaseMonitored = new boolean[1024];
    /**
     * The person's earlier monitor-population releases, (person, release day) → size class: moved here when the
     * person is released again, for their moments still to come (a release's moments run to two years after it).
     */
    private final LongIntMap earlierMonitorReleases = new LongIntMap();
    /** Monitor table counts: [condition][moment] → {lacking, observed}. */
    private final long[][][] monitorCounts = new long[MONITOR_CONDITIONS.size()][Moment.values().length][2];
    /**
     * Per person: the release without contact in detention whose first month after release is still open,
     * or -1. An array like the others: a case opens for hundreds of thousands of people a run.
     */
    private int[] pendingContactRelease = filled(1024, -1);

    private final long[] cohort1y;
    private final long[] reoffended1y;
    private final long[] cohort2y;
    private final long[] reoffended2y;
    private final long[] redetained2y;
    private final long[] releasesByMonth;
    private final double[] stockByMonth;
    /** By month of release (monitor population), and waits and queues by calendar month: the report's time series. */
    private final MonthlyRatio noIdAtReleaseByMonth;
    private final MonthlyRatio noAddressAfterByMonth;
    private final MonthlyRatio noIncomeAfterByMonth;
    private final MonthlyRatio coordinatorWaitByMonth;
    private final MonthlyRatio shelterWaitByMonth;
    private final double[] coordinatorQueueByMonth;
    private final double[] shelterQueueByMonth;

    public KpiAccumulator(String scenario, int replication, SimCalendar calendar, List<Municipality> municipalities,
                          ModelParameters parameters) {
        this.ledger = new CostLedger(calendar, parameters.costs(), municipalities.stream().mapToInt(m -> m.sizeClass().ordinal()).toArray(),
                parameters.conditions().followUpDaysAfterRelease());
        this.scenario = scenario;
        this.replication = replication;
        this.calendar = calendar;
        this.measureFrom = calendar.measurementStartDay();
        this.end = calendar.totalDays();
        this.firstMonth = calendar.monthIndex(measureFrom);
        this.months = calendar.monthCount() - firstMonth;
        this.sizeClassOf = municipalities.stream().map(Municipality::sizeClass).toArray(SizeClass[]::new);
        this.largeCity = new boolean[municipalities.size()];
        municipalities.stream().sorted(Comparator.comparingInt(Municipality::population).reversed()).limit(3)
                .forEach(m -> largeCity[m.index()] = true);
        cohort1y = new long[months];
        reoffended1y = new long[months];
        cohort2y = new long[months];
        reoffended2y = new long[months];
        redetained2y = new long[months];
        releasesByMonth = new long[months];
        stockByMonth = new double[months];
        Arrays.fill(stockByMonth, Double.NaN);
        noIdAtReleaseByMonth = new MonthlyRatio(months);
        noAddressAfterByMonth = new MonthlyRatio(months);
        noIncomeAfterByMonth = new MonthlyRatio(months);
        coordinatorWaitByMonth = new MonthlyRatio(months);
        shelterWaitByMonth = new MonthlyRatio(months);
        coordinatorQueueByMonth = new double[months];
        shelterQueueByMonth = new double[months];
        Arrays.fill(coordinatorQueueByMonth, Double.NaN);
        Arrays.fill(shelterQueueByMonth, Double.NaN);
        Arrays.fill(cohortReleaseDay, -1);
    }

    @Override public void on(ModelEvent event) {
        ledger.on(event);
        if (event instanceof Released r) onReleased(r);
        else if (event instanceof ConditionSnapshot s) onSnapshot(s);
        else if (event instanceof Reoffended o) onReoffended(o);
        else if (event instanceof Detained d) onDetained(d);
        else if (event instanceof ConditionChanged c) onConditionChanged(c);
        else if (event instanceof CaseOpened c) onCaseOpened(c);
        else if (event instanceof SupportStarted s) onSupportStarted(s);
        else if (event instanceof MonthEnded m) onMonthEnded(m);
        else if (event instanceof BudgetYear b) onBudgetYear(b);
    }

    private void onBudgetYear(BudgetYear b) {
        if (b.day() < measureFrom) return;
        budgetYears++;
        budgetSums[0] += b.applications();
        budgetSums[1] += b.municipalitiesFunded() / (double) sizeClassOf.length;
        budgetSums[2] += b.trajectories();
        budgetSums[3] += b.unspentEuros();
    }

    private void onReleased(Released r) {
        int id = r.personId();
        ensureCapacity(id);
        if (lastReleaseMonitored[id]) earlierMonitorReleases.put(key(id, lastRelease[id]), cohortClass[id]);
        lastRelease[id] = -1;
        lastReleaseMonitored[id] = false;
        cohortReleaseDay[id] = -1;
        firstOffenceCounted[id] = false;
        workCounted[id] = false;
        shelterLossCounted[id] = false;
        contactAfterCounted[id] = false;
        if (r.day() < measureFrom) return;
        SizeClass size = sizeClassOf[r.municipality()];
        cohortClass[id] = (byte) size.ordinal();
        lastRelease[id] = r.day();
        int month = monthOf(r.day());
        releases++;
        releasesByMonth[month]++;
        if (largeCity[r.municipality()]) largeCityReleases++;
        stayDaysTotal += r.stayDays();
        if (r.stayDays() <= FOUR_WEEKS_DAYS) staysUnder4Weeks++;
        if (r.stayDays() < THREE_MONTHS_DAYS) staysUnder3Months++;
        tally.count(Kpi.INTAKE_WITHIN_10_WORKDAYS, size, r.intakeWithinDeadline());
        tally.count(Kpi.NOTIFIED_BEFORE_RELEASE, size, r.notifiedBeforeRelease());
        tally.count(Kpi.MUNICIPAL_CONTACT_DURING_DETENTION, size, r.contactInDetention());
        if (r.day() + ONE_MONTH_DAYS <= end) {
            tally.count(Kpi.MUNICIPAL_CONTACT_AFTER_RELEASE, size, r.contactInDetention());
            contactAfterCounted[id] = r.contactInDetention();
            if (!r.contactInDetention()) cohortReleaseDayForContact(id, r.day());
        }
        if (r.workAtEntry()) {
            Kpi retained = r.stayDays() < THREE_MONTHS_DAYS ? Kpi.JOB_RETAINED_SHORT_STAY : Kpi.JOB_RETAINED_LONG_STAY;
            tally.count(retained, size, r.conditions().income() == Income.WORK);
        }
        if (r.stayDays() < MONITOR_MINIMUM_STAY_DAYS) return;
        Conditions c = r.conditions();
        lastReleaseMonitored[id] = true;
        tally.count(Kpi.NO_ID_AT_RELEASE, size, !c.hasValidId());
        noIdAtReleaseByMonth.count(month, !c.hasValidId());
        tally.count(Kpi.NO_INCOME_AT_RELEASE, size, !c.hasIncome());
        tally.count(Kpi.NO_SHELTER_AT_RELEASE, size, c.housing() == Housing.NONE);
        tally.count(Kpi.WORK_AFTER_RELEASE, size, c.income() == Income.WORK);
        if (r.day() + ONE_YEAR_DAYS <= end) {
            cohort1y[month]++;
            tally.count(Kpi.RECIDIVISM_1Y, size, false);
            cohortReleaseDay[id] = r.day();
            cohortGroups[id] = PersonGroup.of(r);
            countGroups(Kpi.RECIDIVISM_1Y, cohortGroups[id], 1);
            tally.count(Kpi.EVER_WITHOUT_SHELTER, size, c.housing() == Housing.NONE);
            shelterLossCounted[id] = c.housing() == Housing.NONE;
        }
        if (r.day() + TWO_YEARS_DAYS <= end) {
            cohort2y[month]++;
            tally.count(Kpi.RECIDIVISM_2Y, size, false);
            tally.count(Kpi.REDETENTION_2Y, size, false);
            countGroups(Kpi.RECIDIVISM_2Y, cohortGroups[id], 1);
            countGroups(Kpi.REDETENTION_2Y, cohortGroups[id], 1);
            boolean working = c.income() == Income.WORK;
            tally.count(Kpi.WORK_WITHIN_2Y, size, working);
            workCounted[id] = working;
            notInWorkAtRelease[id] = !working;
            if (!working) tally.count(Kpi.JOB_FOUND_AFTER_RELEASE, size, false);
        }
    }

    /** Remembers a release whose first month may still bring municipal contact. */
    private void cohortReleaseDayForContact(int id, int releaseDay) {
        pendingContactRelease[id] = releaseDay;
    }

    private void onCaseOpened(CaseOpened c) {
        if (c.day() < measureFrom) return;
        int w = c.waitedDays();
        waitDays[0] += w;
        waitCount[0]++;
        coordinatorWaitByMonth.add(monthOf(c.day()), w);
        int id = c.personId();
        int releaseDay = id < pendingContactRelease.length ? pendingContactRelease[id] : -1;
        if (c.afterRelease() && releaseDay >= 0 && c.day() - releaseDay <= ONE_MONTH_DAYS && !contactAfterCounted[id]) {
            contactAfterCounted[id] = true;
            tally.hit(Kpi.MUNICIPAL_CONTACT_AFTER_RELEASE, SIZE_CLASSES[cohortClass[id]]);
            pendingContactRelease[id] = -1;
        }
    }

    private void onSupportStarted(SupportStarted s) {
        if (s.day() < measureFrom) return;
        int k = 1 + s.kind().ordinal();
        waitDays[k] += s.waitedDays();
        waitCount[k]++;
        if (s.kind() == SupportStarted.Kind.RIO) rioStarts++;
        if (s.kind() == SupportStarted.Kind.SHELTER_BED) shelterWaitByMonth.add(monthOf(s.day()), s.waitedDays());
    }

    private void onSnapshot(ConditionSnapshot s) {
        if (s.releaseDay() < measureFrom) return;
        boolean before = s.moment().isBeforeDetention();
        if (before && (s.stayDays() < MONITOR_MINIMUM_STAY_DAYS || s.releaseDay() >= end)) return;
        int sizeClass = before ? sizeClassOf[s.municipality()].ordinal() : monitorReleaseClass(s.personId(), s.releaseDay());
        if (sizeClass < 0 || (!before && s.inDetention())) return;
        SizeClass size = SIZE_CLASSES[sizeClass];
        Conditions c = s.conditions();
        long[][] atMoment = new long[MONITOR_CONDITIONS.size()][];
        for (int i = 0; i < atMoment.length; i++) atMoment[i] = monitorCounts[i][s.moment().ordinal()];
        count(atMoment[0], !c.hasValidId());
        count(atMoment[1], !c.housing().isRegisteredAddress());
        count(atMoment[2], c.housing() == Housing.NONE);
        count(atMoment[3], !c.hasIncome());
        count(atMoment[4], c.income() != Income.WORK);
        count(atMoment[5], c.income() == Income.BENEFIT);
        count(atMoment[6], c.insuranceArrears());
        count(atMoment[7], c.problematicDebts() && !c.debtApproach());
        count(atMoment[8], c.careNeed() && !c.careMet());
        switch (s.moment()) {
            case SIX_MONTHS_BEFORE -> {
                tally.count(Kpi.WORK_6M_BEFORE, size, c.income() == Income.WORK);
                tally.count(Kpi.NO_ID_6M_BEFORE, size, !c.hasValidId());
            }
            case ONE_MONTH_AFTER -> {
                tally.count(Kpi.NO_INCOME_MONTH_AFTER, size, !c.hasIncome());
                tally.count(Kpi.NO_ADDRESS_AFTER_RELEASE, size, !c.housing().isRegisteredAddress());
                noIncomeAfterByMonth.count(monthOf(s.releaseDay()), !c.hasIncome());
                noAddressAfterByMonth.count(monthOf(s.releaseDay()), !c.housing().isRegisteredAddress());
                tally.count(Kpi.NO_WORK_OR_EDUCATION_MONTH_AFTER, size, c.income() != Income.WORK && !c.inEducation());
                tally.count(Kpi.BENEFIT_AFTER_RELEASE, size, c.income() == Income.BENEFIT);
            }
            case ONE_YEAR_AFTER -> {
                tally.count(Kpi.INSURANCE_DEFAULT_YEAR_AFTER, size, c.insuranceArrears());
                tally.count(Kpi.NO_ID_YEAR_AFTER, size, !c.hasValidId());
            }
            default -> { }
        }
    }

    /** The size class of this release if it belongs to the monitor population, else -1. */
    private int monitorReleaseClass(int id, int releaseDay) {
        if (id < lastRelease.length && lastRelease[id] == releaseDay) return lastReleaseMonitored[id] ? cohortClass[id] : -1;
        return earlierMonitorReleases.get(key(id, releaseDay));
    }

    private static void count(long[] counts, boolean hit) {
        counts[1]++;
        if (hit) counts[0]++;
    }

    private void onConditionChanged(ConditionChanged c) {
        ConditionKind kind = c.kind();
        // the only kinds counted: read before the per-person arrays, which millions of other changes need not touch
        if (kind != ConditionKind.FIND_WORK && kind != ConditionKind.LOSE_HOME) return;
        int id = c.personId();
        if (c.inDetention() || id >= cohortReleaseDay.length) return;
        int releaseDay = cohortReleaseDay[id];
        if (releaseDay < 0 || releaseDay != c.releaseDay()) return;
        SizeClass size = SIZE_CLASSES[cohortClass[id]];
        int after = c.day() - releaseDay;
        if (kind == ConditionKind.FIND_WORK && !workCounted[id] && after <= TWO_YEARS_DAYS && releaseDay + TWO_YEARS_DAYS <= end) {
            workCounted[id] = true;
            tally.hit(Kpi.WORK_WITHIN_2Y, size);
            if (notInWorkAtRelease[id]) tally.hit(Kpi.JOB_FOUND_AFTER_RELEASE, size);
        }
        if (kind == ConditionKind.LOSE_HOME && !shelterLossCounted[id] && after <= ONE_YEAR_DAYS) {
            shelterLossCounted[id] = true;
            tally.hit(Kpi.EVER_WITHOUT_SHELTER, size);
        }
    }

    private void onReoffended(Reoffended o) {
        int id = o.personId();
        if (id >= cohortReleaseDay.length || o.offenceSinceRelease() != 1) return;
        int releaseDay = cohortReleaseDay[id];
        if (releaseDay < 0 || releaseDay != o.releaseDay() || firstOffenceCounted[id]) return;
        firstOffenceCounted[id] = true;
        int month = monthOf(releaseDay);
        int after = o.day() - releaseDay;
        SizeClass size = SIZE_CLASSES[cohortClass[id]];
        if (after <= ONE_YEAR_DAYS) {
            reoffended1y[month]++;
            tally.hit(Kpi.RECIDIVISM_1Y, size);
            countGroups(Kpi.RECIDIVISM_1Y, cohortGroups[id], 0);
        }
        if (after <= TWO_YEARS_DAYS && releaseDay + TWO_YEARS_DAYS <= end) {
            reoffended2y[month]++;
            tally.hit(Kpi.RECIDIVISM_2Y, size);
            countGroups(Kpi.RECIDIVISM_2Y, cohortGroups[id], 0);
        }
    }

    private void onDetained(Detained d) {
        int id = d.personId();
        if (id >= cohortReleaseDay.length || d.previousReleaseDay() < 0) return;
        int releaseDay = cohortReleaseDay[id];
        if (releaseDay < 0 || releaseDay != d.previousReleaseDay()) return;
        if (d.day() - releaseDay <= TWO_YEARS_DAYS && releaseDay + TWO_YEARS_DAYS <= end) {
            redetained2y[monthOf(releaseDay)]++;
            tally.hit(Kpi.REDETENTION_2Y, SIZE_CLASSES[cohortClass[id]]);
            countGroups(Kpi.REDETENTION_2Y, cohortGroups[id], 0);
        }
    }

    private void onMonthEnded(MonthEnded m) {
        if (m.day() < measureFrom) return;
        stockByMonth[m.monthIndex() - firstMonth] = m.inDetention();
        coordinatorQueueByMonth[m.monthIndex() - firstMonth] = m.waitingForCoordinator();
        shelterQueueByMonth[m.monthIndex() - firstMonth] = m.waitingForShelter();
        monthEnds++;
        monthEndSums[0] += m.inDetention();
        monthEndSums[1] += m.waitingForCoordinator();
        monthEndSums[2] += m.waitingForRio();
        monthEndSums[3] += m.waitingForProbation();
        monthEndSums[5] += m.waitingForShelter();
        monthEndSums[6] += m.waitingForSupportedHousing();
        monthEndSums[7] += m.inShelter();
        monthEndSums[8] += m.inSupportedHousing();
        monthEndSums[4] += m.caseManagerLoad();
    }

    /** Adds one to each of the release's groups: to the hits ({@code which} 0) or to the cohort (1). */
    private void countGroups(Kpi outcome, PersonGroup[] groups, int which) {
        long[][] counts = groupCounts[PersonGroup.OUTCOMES.indexOf(outcome)];
        for (PersonGroup g : groups) counts[g.ordinal()][which]++;
    }

    private int monthOf(int day) { return calendar.monthIndex(day) - firstMonth; }

    private static long key(int personId, int releaseDay) { return (long) personId << 32 | releaseDay; }

    private void ensureCapacity(int id) {
        if (id < cohortReleaseDay.length) return;
        int size = Math.max(id + 1, cohortReleaseDay.length * 2);
        int old = cohortReleaseDay.length;
        cohortReleaseDay = Arrays.copyOf(cohortReleaseDay, size);
        Arrays.fill(cohortReleaseDay, old, size, -1);
        cohortClass = Arrays.copyOf(cohortClass, size);
        cohortGroups = Arrays.copyOf(cohortGroups, size);
        firstOffenceCounted = Arrays.copyOf(firstOffenceCounted, size);
        workCounted = Arrays.copyOf(workCounted, size);
        shelterLossCounted = Arrays.copyOf(shelterLossCounted, size);
        contactAfterCounted = Arrays.copyOf(contactAfterCounted, size);
        notInWorkAtRelease = Arrays.copyOf(notInWorkAtRelease, size);
        pendingContactRelease = Arrays.copyOf(pendingContactRelease, size);
        Arrays.fill(pendingContactRelease, old, size, -1);
        lastRelease = Arrays.copyOf(lastRelease, size);
        Arrays.fill(lastRelease, old, size, -1);
        lastReleaseMonitored = Arrays.copyOf(lastReleaseMonitored, size);
    }

    private static int[] filled(int length, int value) {
        int[] array = new int[length];
        Arrays.fill(array, value);
        return array;
    }

    /** The KPIs, once the replication has run. */
    public ReplicationKpis result() {
        Map<Kpi, Double> values = new EnumMap<>(Kpi.class);
        Map<Kpi, Map<SizeClass, Double>> byClass = new EnumMap<>(Kpi.class);
        double years = calendar.measurementYears();
        values.put(Kpi.RELEASES_PER_YEAR, releases / years);
        values.put(Kpi.SHARE_STAYS_UNDER_4_WEEKS, Tally.ratio(staysUnder4Weeks, releases));
        values.put(Kpi.SHARE_STAYS_UNDER_3_MONTHS, Tally.ratio(staysUnder3Months, releases));
        values.put(Kpi.MEAN_STAY_DAYS, Tally.ratio(stayDaysTotal, releases));
        values.put(Kpi.LARGE_CITY_SHARE_OF_RELEASES, Tally.ratio(largeCityReleases, releases));
        values.put(Kpi.PRISON_POPULATION, monthEnds == 0 ? Double.NaN : monthEndSums[0] / monthEnds);
        values.put(Kpi.COORDINATOR_QUEUE, monthEnds == 0 ? Double.NaN : monthEndSums[1] / monthEnds);
        values.put(Kpi.RIO_QUEUE, monthEnds == 0 ? Double.NaN : monthEndSums[2] / monthEnds);
        values.put(Kpi.PROBATION_QUEUE, monthEnds == 0 ? Double.NaN : monthEndSums[3] / monthEnds);
        values.put(Kpi.CASE_MANAGER_LOAD, monthEnds == 0 ? Double.NaN : monthEndSums[4] / monthEnds);
        values.put(Kpi.COORDINATOR_WAIT_DAYS, Tally.ratio(waitDays[0], waitCount[0]));
        values.put(Kpi.RIO_WAIT_DAYS, Tally.ratio(waitDays[1], waitCount[1]));
        values.put(Kpi.PROBATION_WAIT_DAYS, Tally.ratio(waitDays[2], waitCount[2]));
        values.put(Kpi.SHELTER_WAIT_DAYS, Tally.ratio(waitDays[3], waitCount[3]));
        values.put(Kpi.SUPPORTED_HOUSING_WAIT_DAYS, Tally.ratio(waitDays[4], waitCount[4]));
        values.put(Kpi.SHELTER_QUEUE, monthEnds == 0 ? Double.NaN : monthEndSums[5] / monthEnds);
        values.put(Kpi.SUPPORTED_HOUSING_QUEUE, monthEnds == 0 ? Double.NaN : monthEndSums[6] / monthEnds);
        values.put(Kpi.IN_SHELTER, monthEnds == 0 ? Double.NaN : monthEndSums[7] / monthEnds);
        values.put(Kpi.IN_SUPPORTED_HOUSING, monthEnds == 0 ? Double.NaN : monthEndSums[8] / monthEnds);
        values.put(Kpi.RIO_PARTICIPANTS, rioStarts / years);
        values.put(Kpi.BIJDRAGEREGELING_APPLICATIONS, budgetYears == 0 ? Double.NaN : budgetSums[0] / budgetYears);
        values.put(Kpi.BIJDRAGEREGELING_MUNICIPALITIES_SHARE, budgetYears == 0 ? Double.NaN : budgetSums[1] / budgetYears);
        values.put(Kpi.BIJDRAGEREGELING_PERSONS_COVERED, budgetYears == 0 ? Double.NaN : budgetSums[2] / budgetYears);
        values.put(Kpi.BIJDRAGEREGELING_UNSPENT_EUR, budgetYears == 0 ? Double.NaN : budgetSums[3] / budgetYears);
        values.put(Kpi.RECIDIVISM_1Y, Tally.ratio(sum(reoffended1y), sum(cohort1y)));
        values.put(Kpi.RECIDIVISM_2Y, Tally.ratio(sum(reoffended2y), sum(cohort2y)));
        values.put(Kpi.REDETENTION_2Y, Tally.ratio(sum(redetained2y), sum(cohort2y)));
        double cohortYears = (calendar.measurementDays() - TWO_YEARS_DAYS) / 365.25;
        values.put(Kpi.RECIDIVISTS_2Y_PER_YEAR, cohortYears > 0 ? sum(reoffended2y) / cohortYears : Double.NaN);
        values.put(Kpi.REDETAINED_2Y_PER_YEAR, cohortYears > 0 ? sum(redetained2y) / cohortYears : Double.NaN);
        CostAccount costs = ledger.result();
        values.put(Kpi.SOCIETAL_COST_PER_YEAR_EUR, costs.total(null) / years);
        values.put(Kpi.STATE_COST_PER_YEAR_EUR, (costs.total(Payer.STATE_DJI) + costs.total(Payer.STATE_PROBATION)
                + costs.total(Payer.STATE_POLICE_JUSTICE) + costs.total(Payer.STATE_SUBSIDY_RIO)) / years);
        values.put(Kpi.MUNICIPAL_COST_PER_YEAR_EUR, costs.total(Payer.MUNICIPALITIES) / years);
        values.put(Kpi.VICTIM_COST_PER_YEAR_EUR, costs.total(Payer.VICTIMS_SOCIETY) / years);
        values.put(Kpi.REINTEGRATION_COST_PER_RELEASE_2016EUR, costs.reintegrationCostPerRelease2016());
        for (Kpi outcome : List.of(Kpi.RECIDIVISM_1Y, Kpi.RECIDIVISM_2Y, Kpi.REDETENTION_2Y)) {
            byClass.put(outcome, tally.shareBySizeClass(outcome));
        }
        for (Kpi kpi : Kpi.values()) {
            if (values.containsKey(kpi)) continue;
            values.put(kpi, tally.share(kpi));
            byClass.put(kpi, tally.shareBySizeClass(kpi));
        }

        Map<Kpi, Map<PersonGroup, Double>> byGroup = new EnumMap<>(Kpi.class);
        for (int o = 0; o < PersonGroup.OUTCOMES.size(); o++) {
            Map<PersonGroup, Double> shares = new EnumMap<>(PersonGroup.class);
            for (PersonGroup g : PersonGroup.values()) shares.put(g, Tally.ratio(groupCounts[o][g.ordinal()][0], groupCounts[o][g.ordinal()][1]));
            byGroup.put(PersonGroup.OUTCOMES.get(o), shares);
        }

        Map<String, Double> monitor = new LinkedHashMap<>();
        for (int i = 0; i < MONITOR_CONDITIONS.size(); i++) {
            for (Moment moment : Moment.values()) {
                long[] counts = monitorCounts[i][moment.ordinal()];
                monitor.put(MONITOR_CONDITIONS.get(i) + "@" + moment.key(), Tally.ratio(counts[0], counts[1]));
            }
        }

        Map<Kpi, double[]> monthly = new EnumMap<>(Kpi.class);
        double[] releasesPerYear = new double[months];
        double[] recidivism1y = new double[months];
        double[] recidivism2y = new double[months];
        double[] redetention2y = new double[months];
        for (int m = 0; m < months; m++) {
            releasesPerYear[m] = releasesByMonth[m] * 12.0;
            recidivism1y[m] = Tally.ratio(reoffended1y[m], cohort1y[m]);
            recidivism2y[m] = Tally.ratio(reoffended2y[m], cohort2y[m]);
            redetention2y[m] = Tally.ratio(redetained2y[m], cohort2y[m]);
        }
        monthly.put(Kpi.RELEASES_PER_YEAR, releasesPerYear);
        monthly.put(Kpi.PRISON_POPULATION, stockByMonth.clone());
        monthly.put(Kpi.RECIDIVISM_1Y, seenInFullFor(ONE_YEAR_DAYS, recidivism1y));
        monthly.put(Kpi.RECIDIVISM_2Y, seenInFullFor(TWO_YEARS_DAYS, recidivism2y));
        monthly.put(Kpi.REDETENTION_2Y, seenInFullFor(TWO_YEARS_DAYS, redetention2y));
        monthly.put(Kpi.NO_ID_AT_RELEASE, noIdAtReleaseByMonth.ratios());
        monthly.put(Kpi.NO_ADDRESS_AFTER_RELEASE, seenInFullFor(ONE_MONTH_DAYS, noAddressAfterByMonth.ratios()));
        monthly.put(Kpi.NO_INCOME_MONTH_AFTER, seenInFullFor(ONE_MONTH_DAYS, noIncomeAfterByMonth.ratios()));
        monthly.put(Kpi.COORDINATOR_WAIT_DAYS, coordinatorWaitByMonth.ratios());
        monthly.put(Kpi.SHELTER_WAIT_DAYS, shelterWaitByMonth.ratios());
        monthly.put(Kpi.COORDINATOR_QUEUE, coordinatorQueueByMonth.clone());
        monthly.put(Kpi.SHELTER_QUEUE, shelterQueueByMonth.clone());
        return new ReplicationKpis(scenario, replication, values, byClass, byGroup, monitor, monthly, costs);
    }

    /**
     * Leaves out the release months near the horizon whose releases cannot all be followed for {@code days}:
     * only the month's early releases would count, a small and different group, not a trend.
     */
    private double[] seenInFullFor(int days, double[] byReleaseMonth) {
        int lastObservableDay = end - 1 - days;
        int firstIncomplete = lastObservableDay < measureFrom ? 0 : monthOf(lastObservableDay);
        for (int m = Math.max(0, firstIncomplete); m < byReleaseMonth.length; m++) byReleaseMonth[m] = Double.NaN;
        return byReleaseMonth;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) s += v;
        return s;
    }
}
