package nl.reintsim.simulation.mechanism;

import java.util.function.IntFunction;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Person;
import nl.reintsim.simulation.parameters.InflowParameters;
import nl.reintsim.simulation.parameters.StayParameters;
import nl.reintsim.simulation.random.KeyedRandom;
import nl.reintsim.simulation.random.Occasion;
import nl.reintsim.simulation.random.RandomPurpose;
import nl.reintsim.simulation.random.RandomStreams;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * The people the prison holds when the run begins (ODD 5, initialisation).
 *
 * <p>Why: a prison that starts empty fills with short stays within months, but with the longest stays only
 * over as many years as they last, so after an affordable warm-up the prison stock and the mean stay were still
 * rising while they were measured (3.6% over 10 measured years, before stays were cut at a longest stay). The
 * run therefore starts with the stock that a steady state holds.
 *
 * <p>How: with admissions at a steady rate A, the people inside on a given day are the past admissions whose
 * stays have not yet ended. Their number is Poisson with mean A·E[S]; their detention type is drawn in
 * proportion to share × mean stay; their stay is length-biased ({@link StayDistribution#lengthBiased()}); the
 * part already served is uniform over that stay. A is the newcomers' rate times the admissions per newcomer of
 * the model's own steady state (re-detentions included), a measured parameter; 0 starts with an empty prison.
 *
 * <p>They enter as newcomers to the model on the first day. What happens early in a detention (intake,
 * notification, the PI's ID route) runs from that day, a transient the warm-up absorbs; what depends on the
 * length of the stay (a home or job lost, insurance arrears, the stay's length itself) counts the days served
 * before the run.
 */
final class PrisonAtStart {
    private static final DetentionType[] TYPES = DetentionType.values();

    private final Detention detention;
    private final KeyedRandom random;
    private final int count;
    /** Cumulative weight of each type among the people inside: share × mean stay, normalised. */
    private final double[] cumulativeWeight = new double[TYPES.length];
    /** Per type, the stays of the people inside: length-biased. */
    private final StayDistribution[] insideStay = new StayDistribution[TYPES.length];

    PrisonAtStart(InflowParameters inflow, Detention detention, RandomStreams streams) {
        this.detention = detention;
        this.random = streams.keyed(RandomPurpose.PRISON_AT_START);
        double stock = expectedStock(inflow);
        this.count = stock > 0 ? new PoissonDistribution(streams.stream(RandomPurpose.PRISON_AT_START), stock,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
        double sum = 0;
        for (int i = 0; i < TYPES.length; i++) {
            StayParameters s = inflow.stays().get(TYPES[i]);
            StayDistribution stay = new StayDistribution(s);
            sum += s.share() * stay.meanDays();
            cumulativeWeight[i] = sum;
            insideStay[i] = stay.lengthBiased();
        }
        for (int i = 0; i < TYPES.length; i++) cumulativeWeight[i] /= sum;
    }

    /** People inside in a steady state: admissions per day times the mean stay in days. */
    static double expectedStock(InflowParameters inflow) {
        double admissionsPerDay = inflow.newcomersPerYear() * inflow.steadyStateAdmissionsPerNewcomer() / 365.25;
        double meanStay = 0;
        for (DetentionType type : TYPES) {
            StayParameters s = inflow.stays().get(type);
            meanStay += s.share() * new StayDistribution(s).meanDays();
        }
        return admissionsPerDay * meanStay;
    }

    int count() { return count; }

    /** Admits them all on {@code day}; {@code newcomer} makes a person new to the model (their id is the next free one). */
    void admitAll(int day, IntFunction<Person> newcomer) {
        for (int i = 0; i < count; i++) {
            Person person = newcomer.apply(day);
            Inside inside = draw(person.id());
            detention.admitAlreadyDetained(person, day, inside.type(), inside.daysServed(), inside.daysLeft());
        }
    }

    /** One person's detention as the run finds it: its type, the days served before the run and the days left (at least one). */
    record Inside(DetentionType type, int daysServed, int daysLeft) { }

    Inside draw(int id) {
        DetentionType type = type(random.uniform(id, Occasion.of(0, 0)));
        int stay = insideStay[type.ordinal()].days(random.openUniform(id, Occasion.of(0, 1)));
        int served = (int) (random.uniform(id, Occasion.of(0, 2)) * stay);
        return new Inside(type, served, stay - served);
    }

    private DetentionType type(double u) {
        for (int i = 0; i < TYPES.length - 1; i++) {
            if (u < cumulativeWeight[i]) return TYPES[i];
        }
        return TYPES[TYPES.length - 1];
    }
}
