package nl.reintsim.simulation.random;

/**
 * What a random number is for. Each purpose has its own stream, seeded from its <em>name</em>,
 * so adding a purpose never shifts the numbers another purpose draws.
 */
public enum RandomPurpose {
    /** Daily number of new (first-in-model) detentions. */
    ARRIVAL,
    /** Personal attributes of a newcomer: age, sex, priors, risk. */
    PERSON_ATTRIBUTES,
    /** Detention type and stay length of each detention episode. */
    STAY_LENGTH,
    /** Which municipality a newcomer comes from, whether detained outside the region, where they settle. */
    ORIGIN_MUNICIPALITY,
    /** Policies of each municipality, drawn once per replication. */
    MUNICIPAL_POLICY,
    /** Case-manager intake delay and plan sharing. */
    INTAKE,
    /** Whether and when the municipality learns of a detention and makes contact. */
    NOTIFICATION,
    /** Whether a release is sudden, and whether there is a legal framework after it. */
    RELEASE,
    /** Housing, job and benefit lost during detention. */
    DETENTION_DAMAGE,
    /** Waiting times for basic conditions to be arranged or lost. */
    CONDITION_CHANGE,
    /** What an arranged change turns out to be: the kind of housing found, whether a course qualifies. */
    CONDITION_OUTCOME,
    /** Municipalities' awareness of and applications to the Bijdrageregeling, per year. */
    BIJDRAGEREGELING,
    /** Basic conditions on entering detention. */
    CONDITIONS_AT_ENTRY,
    /** Work done while in detention: ID, housing, income and care arranged. */
    PREPARATION,
    /** Time to a new offence after release. */
    RECIDIVISM,
    /** Whether a new offence leads to a new detention, and when. */
    REDETENTION,
    /** The people the prison holds when the run begins: how many, their detention type, how long they are inside. */
    PRISON_AT_START
}
