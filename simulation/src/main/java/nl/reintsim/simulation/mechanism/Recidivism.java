package nl.reintsim.simulation.mechanism;

import nl.reintsim.simulation.engine.DailyMechanism;
import nl.reintsim.simulation.engine.DayQueue;
import nl.reintsim.simulation.model.Income;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.model.Population;
import nl.reintsim.simulation.observation.Observer;
import nl.reintsim.simulation.observation.Reoffended;
import nl.reintsim.simulation.parameters.RecidivismParameters;
import nl.reintsim.simulation.parameters.RedetentionParameters;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;

/**
 * New offences after release (ODD 7.8). The hazard decays exponentially with time since release,
 * {@code h(t) = m · a · exp(−bt)}: highest right after release [K25], with a half-life that is an
 * assumption [brief 3c], times the person's multiplier m from age, priors, the basic conditions as they
 * are today, RIO mentoring and probation (directions from the 6th monitor [W6]; no direct effect of debts).
 *
 * <p>Rather than testing every person every day, each person carries a unit-exponential "budget" of
 * cumulative hazard, and the day it runs out is computed in closed form: the inverse of
 * {@code H(t) = m (a/b)(1 − exp(−bt))}. When the budget exceeds what is left of the finite total, the
 * person never offends again. When m changes (a home found, a job lost) the hazard spent so far is
 * deducted at the old m and the day is recomputed at the new one, which is exact for a piecewise
 * constant multiplier, and costs one event per change instead of one draw per person-day.
 */
public final class Recidivism extends DailyMechanism {
    private static final long serialVersionUID = 1L;

    private final Population population;
    private final RecidivismParameters parameters;
    private final RedetentionParameters redetention;
    private final KeyedRandom offenceRandom;
    private final KeyedRandom redetentionRandom;
    private final DayQueue offences;
    private final DayQueue redetentions;
    private final Observer observer;
    /** Housing hazard ratios by ordinal, for men and (raised to the women's exponent) for women: read on every re-timing. */
    private final double[] housingRatio;
    private final double[] housingRatioWomen;
    /** The priors factor for 0, 1, ... earlier convictions up to the cap, and at the cap (which may be fractional). */
    private final double[] priorsFactor;
    private final double priorsFactorAtCap;
    /** Read at every re-timing: the parameter record would work out its constants on every call. */
    private final RecidivismParameters.HazardCurve curve;
    /**
     * The curve at whole days since release, each worked out once, on first use: a re-timing asks for two of
     * them, millions of times a run, and the days are always whole.
     */
    private double[] cumulativeByDay = new double[0];

    public Recidivism(Population population, RecidivismParameters parameters, RedetentionParameters redetention,
                      RandomStreams streams, DayQueue offences, DayQueue redetentions, Observer observer) {
        this.population = population;
        this.parameters = parameters;
        this.redetention = redetention;
        this.offenceRandom = streams.keyed(RandomPurpose.RECIDIVISM);
        this.redetentionRandom = streams.keyed(RandomPurpose.REDETENTION);
        this.offences = offences;
        this.redetentions = redetentions;
        this.observer = observer;
        this.curve = parameters.hazardCurve();
        this.housingRatio = new double[nl.reintsim.simulation.model.Housing.values().length];
        parameters.hazardRatioHousing().forEach((h, ratio) -> housingRatio[h.ordinal()] = ratio);
        this.housingRatioWomen = new double[housingRatio.length];
        for (int h = 0; h < housingRatio.length; h++) {
            housingRatioWomen[h] = Math.pow(housingRatio[h], parameters.housingEffectExponentWomen());
        }
        // the same Math.pow calls as per re-timing, made once: the factors are bit for bit what they were
        this.priorsFactor = new double[(int) Math.floor(parameters.priorOffencesCap()) + 1];
        for (int k = 0; k < priorsFactor.length; k++) priorsFactor[k] = Math.pow(parameters.hazardRatioPerPriorOffence(), k);
        this.priorsFactorAtCap = Math.pow(parameters.hazardRatioPerPriorOffence(), parameters.priorOffencesCap());
    }

    /** Called on release: a fresh budget, spent from the day of release. */
    void startRisk(Person person, int releaseDay) {
        newBudget(person, releaseDay);
    }

    /** The person's multiplier may have changed today: spend the hazard so far at the old one, re-time. */
    public void reassess(Person person, int day) {
        if (person.isInDetention() || person.isAwaitingDetention() || person.episode() == 0) return;
        // support arranged on the day of release comes before the clock of that release starts (startRisk)
        if (person.hazardFromDay() < person.releaseDay()) return;
        double multiplier = multiplier(person, day);
        if (multiplier == person.hazardMultiplier()) return;
        int release = person.releaseDay();
        double untilToday = cumulativeAt(day - release);
        double spent = person.hazardMultiplier() * (untilToday - cumulativeAt(person.hazardFromDay() - release));
        person.setHazardClock(Math.max(0, person.hazardBudget() - spent), day, multiplier);
        scheduleFromClock(person, untilToday);
    }

    @Override protected void onDay(int day) {
        offences.drain(day, population.warmer(0), id -> {
            Person person = population.get(id);
            if (person.isInDetention() || person.nextOffenceDay() != day) return;
            person.offend();
            int offence = person.offencesSinceRelease();
            boolean detained = redetentionRandom.uniform(person.id(), Occasion.of(person.episode(), 2 * offence))
                    < redetention.probabilityOffenceLeadsToDetention();
            observer.on(new Reoffended(day, person.id(), person.releaseDay(), offence, detained));
            if (detained) {
                double u = redetentionRandom.openUniform(person.id(), Occasion.of(person.episode(), 2 * offence + 1));
                int delay = (int) Math.max(1, Math.ceil(-redetention.meanDaysOffenceToDetention() * Math.log(u)));
                person.awaitDetention();
                redetentions.add(day + delay, person.id());
            } else {
                newBudget(person, day);
            }
        });
    }

    private void newBudget(Person person, int day) {
        double budget = offenceRandom.unitExponential(person.id(), Occasion.of(person.episode(), person.offencesSinceRelease()));
        person.setHazardClock(budget, day, multiplier(person, day));
        scheduleFromClock(person, cumulativeAt(day - person.releaseDay()));
    }

    /** The reference cumulative hazard {@code days} whole days after release. */
    private double cumulativeAt(int days) {
        if (days < 0) return curve.cumulative(days);
        if (days >= cumulativeByDay.length) {
            int known = cumulativeByDay.length;
            cumulativeByDay = java.util.Arrays.copyOf(cumulativeByDay, Math.max(days + 1, 2 * known));
            for (int d = known; d < cumulativeByDay.length; d++) cumulativeByDay[d] = curve.cumulative(d);
        }
        return cumulativeByDay[days];
    }

    /** Queues the day the person's budget runs out; {@code spentBefore} is the reference hazard up to the clock's start. */
    private void scheduleFromClock(Person person, double spentBefore) {
        int release = person.releaseDay();
        int from = person.hazardFromDay() - release;
        double at = daysUntilSpent(spentBefore, person.hazardBudget(), person.hazardMultiplier());
        if (Double.isInfinite(at)) {
            person.scheduleOffence(-1);
            return;
        }
        int day = release + (int) Math.max(from + 1, Math.ceil(at));
        // the age term moves the multiplier at every re-timing, yet the day often stays: it is queued already
        if (day == person.nextOffenceDay()) return;
        if (offences.add(day, person.id())) person.scheduleOffence(day); else person.scheduleOffence(-1);
    }

    /**
     * Time since release at which the cumulative hazard, counted from {@code from}, reaches
     * {@code budget}; infinite when the hazard left is smaller than the budget (no further offence).
     */
    double daysUntilHazardSpent(double from, double budget, double multiplier) {
        return daysUntilSpent(curve.cumulative(from), budget, multiplier);
    }

    private double daysUntilSpent(double spentBefore, double budget, double multiplier) {
        double reached = (spentBefore + budget / multiplier) / curve.total();
        if (reached >= 1) return Double.POSITIVE_INFINITY;
        return -Math.log1p(-reached) / curve.decayPerDay();
    }

    /**
     * The person's hazard ratio today against the reference person (age 30, no priors, own home, all else
     * met). Work or education lowers it [W6]: work counts, and education only for those not in work.
     */
    double multiplier(Person person, int day) {
        RecidivismParameters p = parameters;
        double m = Math.pow(p.hazardRatioPer10YearsOfAge(), (person.ageYears(day) - 30) / 10);
        int priors = person.priorOffences();
        m *= priors <= p.priorOffencesCap() ? priorsFactor[priors] : priorsFactorAtCap;
        if (!person.hasValidId()) m *= p.hazardRatioNoValidId();
        m *= (person.isMale() ? housingRatio : housingRatioWomen)[person.housing().ordinal()];
        if (person.income() == Income.WORK) {
            m *= person.isWorkOverSixMonths(day) ? p.hazardRatioWorkOverSixMonths() : p.hazardRatioWork();
        } else if (person.isInEducation()) {
            m *= p.hazardRatioEducation();
        }
        if (person.income() == Income.BENEFIT) {
            m *= p.hazardRatioBenefit();
            if (person.hasProblematicDebts() || person.priorOffences() >= p.manyPriorsThreshold()) {
                m *= p.hazardRatioBenefitWithDebtsOrManyPriors();
            }
        }
        if (person.hasRio(day)) m *= p.hazardRatioRio();
        if (person.isSupervisedByProbation(day)) m *= p.hazardRatioProbation();
        return m;
    }
}
