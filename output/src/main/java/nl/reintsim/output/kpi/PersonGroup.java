package nl.reintsim.output.kpi;

import java.util.Arrays;
import java.util.List;
import nl.reintsim.simulation.observation.Released;

/**
 * The groups of released people the outcomes are broken down by, the "for whom" of a policy beyond municipality
 * size: age at release, the legal ground of the detention, a legal framework (probation) after release or none,
 * and sex. Every release is in exactly one group of each {@link Dimension}. The age bands are reporting bands, not
 * model parameters: 18–24 and 25–35 together are the ages a RIO takes by default (18–35 [K26]), so the
 * re-integration officers' effect can be read off where it acts.
 */
public enum PersonGroup {
    AGE_18_24(Dimension.AGE, "age_18_24"),
    AGE_25_35(Dimension.AGE, "age_25_35"),
    AGE_36_49(Dimension.AGE, "age_36_49"),
    AGE_50_PLUS(Dimension.AGE, "age_50_plus"),
    PRE_TRIAL(Dimension.DETENTION_TYPE, "pre_trial"),
    SHORT_SENTENCE(Dimension.DETENTION_TYPE, "short_sentence"),
    LONG_SENTENCE(Dimension.DETENTION_TYPE, "long_sentence"),
    SUBSTITUTE_CUSTODY(Dimension.DETENTION_TYPE, "substitute_custody"),
    PROBATION(Dimension.LEGAL_FRAMEWORK, "probation"),
    NO_FRAMEWORK(Dimension.LEGAL_FRAMEWORK, "no_framework"),
    MEN(Dimension.SEX, "men"),
    WOMEN(Dimension.SEX, "women");

    /** What a group is a part of; its key is the {@code dimension} column of the group tables. */
    public enum Dimension {
        AGE("age"), DETENTION_TYPE("detention_type"), LEGAL_FRAMEWORK("legal_framework"), SEX("sex");

        private final String key;

        Dimension(String key) { this.key = key; }

        public String key() { return key; }
    }

    /** The outcomes broken down by group: they follow a release for one or two years, as the size-class outcomes do. */
    public static final List<Kpi> OUTCOMES = List.of(Kpi.RECIDIVISM_1Y, Kpi.RECIDIVISM_2Y, Kpi.REDETENTION_2Y);

    private final Dimension dimension;
    private final String key;

    PersonGroup(Dimension dimension, String key) {
        this.dimension = dimension;
        this.key = key;
    }

    public Dimension dimension() { return dimension; }

    public String key() { return key; }

    public static PersonGroup byKey(String key) {
        return Arrays.stream(values()).filter(g -> g.key.equals(key)).findFirst().orElse(null);
    }

    /**
     * The release's group in each dimension, in the order of {@link Dimension}: one of a fixed set of arrays, shared
     * and not to be changed, so that remembering it for every person in follow-up costs a reference. Ages are exact,
     * as the RIO's eligibility reads them: up to and including 35, so that the first two bands are the RIO's ages.
     */
    static PersonGroup[] of(Released release) {
        double age = release.ageYears();
        int ageBand = age < 25 ? 0 : age <= 35 ? 1 : age < 50 ? 2 : 3;
        int type = switch (release.type()) {
            case PRE_TRIAL -> 0;
            case SHORT_SENTENCE -> 1;
            case LONG_SENTENCE -> 2;
            case SUBSTITUTE_CUSTODY -> 3;
        };
        return COMBINATIONS[((ageBand * 4 + type) * 2 + (release.probationFramework() ? 0 : 1)) * 2 + (release.male() ? 0 : 1)];
    }

    private static final PersonGroup[][] COMBINATIONS = new PersonGroup[4 * 4 * 2 * 2][];

    static {
        PersonGroup[] ages = {AGE_18_24, AGE_25_35, AGE_36_49, AGE_50_PLUS};
        PersonGroup[] types = {PRE_TRIAL, SHORT_SENTENCE, LONG_SENTENCE, SUBSTITUTE_CUSTODY};
        PersonGroup[] frameworks = {PROBATION, NO_FRAMEWORK};
        PersonGroup[] sexes = {MEN, WOMEN};
        for (int a = 0; a < 4; a++) {
            for (int t = 0; t < 4; t++) {
                for (int f = 0; f < 2; f++) {
                    for (int x = 0; x < 2; x++) COMBINATIONS[((a * 4 + t) * 2 + f) * 2 + x] = new PersonGroup[] {ages[a], types[t], frameworks[f], sexes[x]};
                }
            }
        }
    }
}
