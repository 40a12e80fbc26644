package dev.pip.core;

/** A decision of the plan's timeline (specification, sections 3-8). A closed, documented set. */
public enum Decision {
    /** Before the start date or before the first decision is due. */
    PENDING(false, false),
    /** The plan checks found an ERROR: the plan cannot become active. */
    NOT_ACTIVATABLE(false, true),
    /** The 30-day gate was passed: the plan goes on to the end of its window. */
    CONTINUE(false, false),
    /** A gate or final decision found a behavioural target not met. */
    EXIT(true, true),
    /** Not all met, but every unmet target closed enough of its gap: the window is extended once. */
    EXTEND(false, false),
    /** Every behavioural target met at the end: monitoring starts. */
    PASS(false, false),
    /** Monitoring ended without regression: the PIP goals become baseline expectations. */
    CLOSED(false, true),
    /** A behavioural target missed its goal in consecutive monitoring weeks: re-diagnose. */
    REGRESSION(false, true),
    /** An EXIT that a fairness guard turned into a review by HR. */
    HR_REVIEW(true, true),
    /** A judged week lacks data for a behavioural target: nothing is decided until it arrives. */
    INSUFFICIENT_DATA(false, true);

    private final boolean humanReviewRequired;
    private final boolean endsTimeline;

    Decision(boolean humanReviewRequired, boolean endsTimeline) {
        this.humanReviewRequired = humanReviewRequired;
        this.endsTimeline = endsTimeline;
    }

    /** True for decisions with legal effect on the employee: a person must review them. */
    public boolean humanReviewRequired() {
        return humanReviewRequired;
    }

    /**
     * True for the decisions people may record in a plan's {@code decisions}: CONTINUE, PASS,
     * EXTEND, EXIT, REGRESSION and CLOSED. PENDING, NOT_ACTIVATABLE, INSUFFICIENT_DATA and
     * HR_REVIEW are states of the rules, never a person's decision.
     */
    public boolean recordable() {
        return switch (this) {
            case CONTINUE, PASS, EXTEND, EXIT, REGRESSION, CLOSED -> true;
            default -> false;
        };
    }

    /** True when nothing is decided after this decision. */
    public boolean endsTimeline() {
        return endsTimeline;
    }
}
