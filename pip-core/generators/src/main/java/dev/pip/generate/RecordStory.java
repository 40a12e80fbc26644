package dev.pip.generate;

/**
 * How the decisions people recorded relate to the rules' own, for {@link DecisionRecords}. The
 * story shapes the records; what the rules then decide is left to the evaluator.
 */
public enum RecordStory {
    /** People recorded exactly the rules' own decisions, up to some point (a prefix of the timeline). */
    AS_DECIDED,
    /**
     * People followed the rules up to one decision and then decided otherwise: an EXIT reviewed
     * into an EXTEND, a PASS where the rules said EXTEND, a CONTINUE where they said EXIT...
     */
    OVERRIDDEN,
    /** People followed the rules, but the last decision was held a few days early or late. */
    EARLY_OR_LATE,
    /** People extended the plan once more than the policy's {@code maxExtensions} allows. */
    BEYOND_POLICY
}
