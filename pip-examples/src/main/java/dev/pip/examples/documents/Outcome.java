package dev.pip.examples.documents;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;

/** How a plan has ended so far, for the overview: its latest decision read with its history. */
public enum Outcome {
    /** Passed at the end of the window, without an extension; monitoring under way. */
    PASS("Pass"),
    /** Extended, then passed; monitoring under way. */
    EXTEND_THEN_PASS("Extend then pass"),
    /** Exited (a person reviews it). */
    EXIT("Exit"),
    /** An exit turned into a review by HR because the company fell short. */
    HR_REVIEW("HR review"),
    /** Passed, then regressed in monitoring. */
    REGRESSION_AFTER_PASS("Regression after pass"),
    /** Monitoring ended without regression. */
    CLOSED("Closed"),
    /** A judged week lacks data: nothing can be decided until it arrives. */
    INSUFFICIENT_DATA("Insufficient data"),
    /** Not decided yet: pending, past the gate or in an extension. */
    IN_PROGRESS("In progress"),
    /** The plan cannot become active. */
    NOT_ACTIVATABLE("Not activatable");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The outcome in words. */
    public String label() {
        return label;
    }

    /** The outcome of {@code evaluation}. */
    public static Outcome of(Evaluation evaluation) {
        return switch (evaluation.decision()) {
            case NOT_ACTIVATABLE -> NOT_ACTIVATABLE;
            case INSUFFICIENT_DATA -> INSUFFICIENT_DATA;
            case HR_REVIEW -> HR_REVIEW;
            case EXIT -> EXIT;
            case REGRESSION -> REGRESSION_AFTER_PASS;
            case CLOSED -> CLOSED;
            case PASS -> evaluation.timeline().stream().anyMatch(t -> t.decision() == Decision.EXTEND)
                    ? EXTEND_THEN_PASS : PASS;
            case PENDING, CONTINUE, EXTEND -> IN_PROGRESS;
        };
    }
}
