package nl.reintsim.simulation.model;

/**
 * A (former) detainee (ODD 2, entities). Holds what a person is and their current state; everything
 * that happens to them is a mechanism. Setters are plain: the mechanisms own the rules.
 */
public final class Person implements Cloneable {
    /** Work start day of someone not in work; any int is a valid day, since the warm-up starts at 0. */
    public static final int NO_WORK_START = Integer.MIN_VALUE;
    /** Days in work after which a job counts as "held more than six months" [W6]. */
    public static final int SIX_MONTHS_DAYS = 183;
    /**
     * Day of a condition change drawn to happen after the model stops following the person (after the
     * follow-up or the horizon): it never comes up, but its rate is remembered so it is not drawn again.
     */
    public static final int OUT_OF_SIGHT = Integer.MAX_VALUE;
    private final int id;
    private final double ageAtFirstDetentionYears;
    private final int firstDetentionDay;
    private final boolean male;
    private int priorOffences;

    private int originMunicipality = -1;
    private int settlementMunicipality = -1;

    /** Detention episodes started so far; the current or last one is {@code episode}. */
    private int episode;
    private DetentionType detentionType;
    private int detentionStartDay = -1;
    /** Days of this detention served before the run began: only for the people the prison held at the start. */
    private int daysDetainedBeforeRun;
    private int releaseDay = -1;
    private boolean inDetention;
    private boolean detainedOutsideRegion;
    private boolean suddenRelease;
    private boolean workAtEpisodeStart;
    /** Municipality whose coordinator holds the open case, or -1. */
    private int caseMunicipality = -1;

    // Basic conditions.
    private boolean hasValidId;
    private Housing housing = Housing.NONE;
    private Income income = Income.NONE;
    private int workStartDay = NO_WORK_START;
    private boolean problematicDebts;
    private boolean debtApproach;
    private boolean insuranceArrears;
    private boolean careNeed;
    private boolean careMet;
    private boolean inEducation;
    private boolean startQualification;
    /** Would claim a benefit when without work and income (entitled and applying); a trait, not a condition. */
    private boolean claimsBenefit = true;
    /** Region whose shelter bed or supported-housing place this person holds (by their housing), or -1. */
    private int placeRegion = -1;
    /** The capped housing (shelter or supported housing) this person waits for, or null. */
    private Housing awaitingPlace;
    private int awaitingRegion = -1;
    /** Gave up waiting for a shelter bed in this spell without a home; asks again after a home or detention. */
    private boolean gaveUpOnShelter;
    /** Arranged during detention, taking effect on release. */
    private boolean benefitReadyAtRelease;
    private boolean housingReadyAtRelease;

    // Who is involved in this episode.
    private int intakeDay = -1;
    private int notifiedDay = -1;
    private int municipalCaseUntil = -1;
    private boolean municipalContactInDetention;
    private boolean municipalContactAfterRelease;
    private int rioUntil = -1;
    private int rioMunicipality = -1;
    private int probationUntil = -1;
    private int trajectoryUntil = -1;
    private boolean hasProbationFramework;

    // Recidivism clock: the cumulative-hazard budget still to spend, from which day, at what multiplier.
    private int nextOffenceDay = -1;
    private int offencesSinceRelease;
    private boolean awaitingDetention;
    private double hazardBudget;
    /** -1 from a release until the clock of that release is started. */
    private int hazardFromDay;
    private double hazardMultiplier;

    /**
     * Per condition kind, one long: the day of the scheduled change ({@link #DAY_BITS} low bits, with a code for
     * "none" and one for {@link #OUT_OF_SIGHT}), how often it was drawn this episode (the next {@link #DRAW_BITS}
     * bits, counted modulo 4096, which is all the draws' occasions use of it), and, in the high 32 bits, the mean
     * waiting time it was drawn with, as a float. A re-timing reads all three for every kind, and the person's
     * data is what a national run waits for most: packed, a person takes 306 bytes instead of 458 with an int and
     * a double array, and a national replication 3 to 7% less time (measured).
     */
    private long[] conditionState = new long[ConditionKind.values().length]; // not final: copy() gives the copy its own
    private static final int DAY_BITS = 20;
    private static final int DRAW_BITS = 12;
    private static final long DAY_MASK = (1L << DAY_BITS) - 1;
    private static final long DRAW_MASK = ((1L << DRAW_BITS) - 1) << DAY_BITS;
    private static final long MEAN_MASK = 0xFFFF_FFFFL << 32;
    private static final int NO_DAY_CODE = (int) DAY_MASK;
    private static final int OUT_OF_SIGHT_CODE = NO_DAY_CODE - 1;

    public Person(int id, double ageAtFirstDetentionYears, int firstDetentionDay, int priorOffences, boolean male) {
        this.id = id;
        this.ageAtFirstDetentionYears = ageAtFirstDetentionYears;
        this.firstDetentionDay = firstDetentionDay;
        this.priorOffences = priorOffences;
        this.male = male;
        clearConditionSchedule();
    }

    /** No change scheduled, none drawn. */
    private void clearConditionSchedule() {
        for (int k = 0; k < conditionState.length; k++) conditionState[k] = conditionState[k] & MEAN_MASK | NO_DAY_CODE;
    }

    public int id() { return id; }

    /**
     * An independent copy, every field included: by {@link Object#clone} so that a field added later is
     * copied too (the person holds no references but to enums and its own condition array).
     */
    Person copy() {
        try {
            Person copy = (Person) super.clone();
            copy.conditionState = conditionState.clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A value that depends on the first bytes of each of the person's objects and on the condition word of this kind
     * (see {@link Population#warmer(int, int)}).
     */
    int firstBytes(int kind) { return episode + (int) conditionState[kind] + (int) hazardBudget + (inDetention ? 1 : 0); }

    public boolean isMale() { return male; }
    public int priorOffences() { return priorOffences; }
    public int episode() { return episode; }
    public DetentionType detentionType() { return detentionType; }
    /** The day the model admitted the person; day 0 for someone the prison held when the run began. */
    public int detentionStartDay() { return detentionStartDay; }
    /** Days in this detention up to {@code day}, counting the part before the run for the prison's people at the start. */
    public int daysDetained(int day) { return day - detentionStartDay + daysDetainedBeforeRun; }
    /** The whole length of this detention, planned release included. */
    public int plannedStayDays() { return daysDetained(releaseDay); }
    public int daysDetainedBeforeRun() { return daysDetainedBeforeRun; }
    public int releaseDay() { return releaseDay; }
    public boolean isInDetention() { return inDetention; }
    public boolean isDetainedOutsideRegion() { return detainedOutsideRegion; }
    public boolean isSuddenRelease() { return suddenRelease; }
    public boolean hadWorkAtEpisodeStart() { return workAtEpisodeStart; }
    public int caseMunicipality() { return caseMunicipality; }
    public int originMunicipality() { return originMunicipality; }
    /** The municipality responsible now: of settlement after a move, else of origin. */
    public int municipality() { return settlementMunicipality >= 0 ? settlementMunicipality : originMunicipality; }

    public double ageYears(int day) {
        return ageAtFirstDetentionYears + (day - firstDetentionDay) / 365.25;
    }

    public Conditions conditions(int day) {
        return new Conditions(hasValidId, housing, income, isWorkOverSixMonths(day), inEducation,
                problematicDebts, debtApproach, insuranceArrears, careNeed, careMet);
    }

    public boolean isWorkOverSixMonths(int day) {
        return income == Income.WORK && workStartDay != NO_WORK_START && (long) day - workStartDay >= SIX_MONTHS_DAYS;
    }

    public boolean hasValidId() { return hasValidId; }
    public Housing housing() { return housing; }
    public Income income() { return income; }
    public int workStartDay() { return workStartDay; }
    public boolean hasProblematicDebts() { return problematicDebts; }
    public boolean hasDebtApproach() { return debtApproach; }
    public boolean hasInsuranceArrears() { return insuranceArrears; }
    public boolean hasCareNeed() { return careNeed; }
    public boolean isCareMet() { return careMet; }
    public boolean isInEducation() { return inEducation; }
    public boolean hasStartQualification() { return startQualification; }
    public boolean claimsBenefit() { return claimsBenefit; }
    public int placeRegion() { return placeRegion; }
    public Housing awaitingPlace() { return awaitingPlace; }
    public int awaitingRegion() { return awaitingRegion; }
    public boolean hasGivenUpOnShelter() { return gaveUpOnShelter; }
    public void giveUpOnShelter(boolean gaveUp) { gaveUpOnShelter = gaveUp; }
    public boolean isBenefitReadyAtRelease() { return benefitReadyAtRelease; }
    public boolean isHousingReadyAtRelease() { return housingReadyAtRelease; }

    public int intakeDay() { return intakeDay; }
    public int notifiedDay() { return notifiedDay; }
    public boolean isMunicipalityNotified() { return notifiedDay >= 0; }
    public boolean hasMunicipalCase(int day) { return municipalCaseUntil >= day; }
    public int municipalCaseUntil() { return municipalCaseUntil; }
    public boolean hadMunicipalContactInDetention() { return municipalContactInDetention; }
    public boolean hadMunicipalContactAfterRelease() { return municipalContactAfterRelease; }
    public boolean hasRio(int day) { return rioUntil >= day; }
    public int rioUntil() { return rioUntil; }
    public int rioMunicipality() { return rioMunicipality; }
    public int probationUntil() { return probationUntil; }
    public boolean isSupervisedByProbation(int day) { return probationUntil >= day; }
    public boolean hasProbationFramework() { return hasProbationFramework; }
    /** A work-and-housing trajectory funded by the Bijdrageregeling runs today. */
    public boolean hasFundedTrajectory(int day) { return trajectoryUntil >= day; }
    public void startFundedTrajectory(int until) { trajectoryUntil = until; }

    /** Someone helps with the basic conditions today: the municipality, a RIO or probation. */
    public boolean isSupported(int day) { return hasMunicipalCase(day) || hasRio(day) || isSupervisedByProbation(day); }

    public int nextOffenceDay() { return nextOffenceDay; }
    public int offencesSinceRelease() { return offencesSinceRelease; }
    public boolean isAwaitingDetention() { return awaitingDetention; }
    public double hazardBudget() { return hazardBudget; }
    public int hazardFromDay() { return hazardFromDay; }
    public double hazardMultiplier() { return hazardMultiplier; }

    public int conditionDue(ConditionKind kind) { return conditionDue(kind.ordinal()); }
    /** How often a change of this kind was drawn this episode, before this draw, modulo 4096; counts the draw. */
    public int nextConditionDraw(ConditionKind kind) {
        int k = kind.ordinal();
        long state = conditionState[k];
        conditionState[k] = state & ~DRAW_MASK | (state + (1L << DAY_BITS)) & DRAW_MASK;
        return (int) ((state & DRAW_MASK) >>> DAY_BITS);
    }
    /** How often a change of this kind was drawn this episode, modulo 4096. */
    public int conditionDraws(ConditionKind kind) { return (int) ((conditionState[kind.ordinal()] & DRAW_MASK) >>> DAY_BITS); }
    public void setConditionDue(ConditionKind kind, int day) { setConditionDue(kind.ordinal(), day); }
    /** The mean waiting time the pending change of this kind was drawn with, to float precision. */
    public double conditionMean(ConditionKind kind) { return storedMean(kind.ordinal()); }
    public void setConditionMean(ConditionKind kind, double mean) {
        int k = kind.ordinal();
        conditionState[k] = conditionState[k] & ~MEAN_MASK | (long) Float.floatToRawIntBits((float) mean) << 32;
    }
    /** As {@link #conditionDue(ConditionKind)}, by the kind's ordinal: for the re-timing loop, which visits every kind by number. */
    public int conditionDue(int kind) {
        int code = (int) (conditionState[kind] & DAY_MASK);
        return code == NO_DAY_CODE ? -1 : code == OUT_OF_SIGHT_CODE ? OUT_OF_SIGHT : code;
    }
    public void setConditionDue(int kind, int day) {
        int code;
        if (day == -1) code = NO_DAY_CODE;
        else if (day == OUT_OF_SIGHT) code = OUT_OF_SIGHT_CODE;
        else if (day >= 0 && day < OUT_OF_SIGHT_CODE) code = day;
        else throw new IllegalArgumentException("condition change on day " + day + ": days run from 0 to " + (OUT_OF_SIGHT_CODE - 1));
        conditionState[kind] = conditionState[kind] & ~DAY_MASK | code;
    }
    /**
     * Whether the pending change of this kind was drawn with this mean. Compared as floats: the model's rates
     * differ by far more than a float's precision.
     */
    public boolean isConditionDrawnWith(int kind, double mean) {
        return storedMean(kind) == (float) mean;
    }

    private float storedMean(int kind) { return Float.intBitsToFloat((int) (conditionState[kind] >>> 32)); }

    /** Places a newcomer in their municipality of origin. */
    public void setOrigin(int municipality) { this.originMunicipality = municipality; }
    public void settleIn(int municipality) { this.settlementMunicipality = municipality; }

    /** Starts a detention episode with its planned release day. */
    public void detain(int day, DetentionType type, int plannedReleaseDay, boolean outsideRegion, boolean sudden) {
        detain(day, 0, type, plannedReleaseDay, outsideRegion, sudden);
    }

    /** As {@link #detain(int, DetentionType, int, boolean, boolean)}, for a detention that began {@code daysBeforeRun} before the run. */
    public void detain(int day, int daysBeforeRun, DetentionType type, int plannedReleaseDay, boolean outsideRegion, boolean sudden) {
        episode++;
        detentionType = type;
        detentionStartDay = day;
        daysDetainedBeforeRun = daysBeforeRun;
        releaseDay = plannedReleaseDay;
        inDetention = true;
        detainedOutsideRegion = outsideRegion;
        suddenRelease = sudden;
        workAtEpisodeStart = income == Income.WORK;
        inEducation = false;
        gaveUpOnShelter = false;
        nextOffenceDay = -1;
        awaitingDetention = false;
        intakeDay = -1;
        notifiedDay = -1;
        municipalContactInDetention = false;
        municipalContactAfterRelease = false;
        benefitReadyAtRelease = false;
        housingReadyAtRelease = false;
        hasProbationFramework = false;
        clearConditionSchedule();
    }

    public void setEntryConditions(boolean validId, Housing housing, Income income, int workStartDay, boolean debts,
                                   boolean arrears, boolean careNeed, boolean careMet) {
        this.hasValidId = validId;
        this.housing = housing;
        this.income = income;
        this.workStartDay = workStartDay;
        this.problematicDebts = debts;
        this.insuranceArrears = arrears;
        this.careNeed = careNeed;
        this.careMet = careMet;
    }

    public void setStartQualification(boolean qualified) { startQualification = qualified; }
    public void setClaimsBenefit(boolean claims) { claimsBenefit = claims; }
    public void startEducation() { inEducation = true; }
    public void endEducation(boolean qualified) { inEducation = false; if (qualified) startQualification = true; }
    public void holdPlace(int region) { placeRegion = region; }
    /** Waits for a place of this capped housing in this region; {@code null, -1} when no longer waiting. */
    public void awaitPlace(Housing housing, int region) { awaitingPlace = housing; awaitingRegion = region; }
    public void obtainValidId() { hasValidId = true; }
    public void loseValidId() { hasValidId = false; }
    public void setHousing(Housing housing) { this.housing = housing; }
    public void startWork(int day) { income = Income.WORK; workStartDay = day; }
    public void startBenefit() { income = Income.BENEFIT; workStartDay = NO_WORK_START; }
    public void loseIncome() { income = Income.NONE; workStartDay = NO_WORK_START; }
    public void startDebtApproach() { debtApproach = true; }
    public void becomeInsuranceDefaulter() { insuranceArrears = true; }
    public void meetCareNeed() { careMet = true; }
    public void prepareBenefitForRelease() { benefitReadyAtRelease = true; }
    public void prepareHousingForRelease() { housingReadyAtRelease = true; }
    public void clearPreparedAtRelease() { benefitReadyAtRelease = false; housingReadyAtRelease = false; }

    public void recordIntake(int day) { intakeDay = day; }
    public void notifyMunicipality(int day) { if (notifiedDay < 0) notifiedDay = day; }
    public void openMunicipalCase(int municipality, int until) {
        caseMunicipality = municipality;
        municipalCaseUntil = until;
        if (inDetention) municipalContactInDetention = true; else municipalContactAfterRelease = true;
    }
    /** Sets when the open case ends (at release the open-ended case gets its end date). */
    public void setMunicipalCaseUntil(int until) { municipalCaseUntil = until; }
    public void closeMunicipalCase() { municipalCaseUntil = -1; caseMunicipality = -1; }
    public void startRio(int municipality, int until) { rioMunicipality = municipality; rioUntil = until; }
    public void endRio() { rioUntil = -1; rioMunicipality = -1; }
    public void giveProbationFramework() { hasProbationFramework = true; }
    public void startProbation(int until) { probationUntil = until; }
    public void endProbation() { probationUntil = -1; }

    public void release(int day) {
        if (!inDetention) throw new IllegalStateException("person " + id + " released while not detained");
        inDetention = false;
        releaseDay = day;
        offencesSinceRelease = 0;
        hazardFromDay = -1; // this release's clock is not started yet
    }

    public void setHazardClock(double budget, int fromDay, double multiplier) {
        this.hazardBudget = budget;
        this.hazardFromDay = fromDay;
        this.hazardMultiplier = multiplier;
    }

    public void scheduleOffence(int day) { nextOffenceDay = day; }

    public void offend() {
        priorOffences++;
        offencesSinceRelease++;
        nextOffenceDay = -1;
    }

    public void awaitDetention() { awaitingDetention = true; }
}
