package dev.pip.examples.reference;

import dev.pip.core.Decision;
import dev.pip.core.RecordedDecision;
import dev.pip.core.Recommendation;
import dev.pip.core.TimelineEntry;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link ReferenceEvaluator} decided for one plan on one date: the parts of an
 * {@link dev.pip.core.Evaluation} that a second opinion can be compared on.
 *
 * @param recommendation      section 1's recommendation for the plan's diagnosis
 * @param decision            the latest decision reached on or before as-of
 * @param timeline            every decision reached, in day order: the records on or before as-of,
 *                            then the rules' own
 * @param humanReviewRequired true when the latest decision is the rules' own EXIT or HR_REVIEW
 * @param differences         the records whose decision point is reached and that the rules decide
 *                            differently (the engine's {@code RECORD_DIFFERS_FROM_RULES} findings),
 *                            oldest first
 */
public record ReferenceEvaluation(Recommendation recommendation, Decision decision, List<TimelineEntry> timeline,
        boolean humanReviewRequired, List<Difference> differences) {

    /**
     * A recorded decision that the rules decide differently at the decision point it answers
     * (specification, section 11).
     *
     * @param record        what people decided
     * @param rulesDecision what the rules decide at that decision point
     * @param rulesDay      the day they decide it on
     */
    public record Difference(RecordedDecision record, Decision rulesDecision, int rulesDay) {
        /** Checks that no field is null. */
        public Difference {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(rulesDecision, "rulesDecision");
        }
    }

    /** Checks that no field is null and copies the lists. */
    public ReferenceEvaluation {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(decision, "decision");
        timeline = List.copyOf(timeline);
        differences = List.copyOf(differences);
    }
}
