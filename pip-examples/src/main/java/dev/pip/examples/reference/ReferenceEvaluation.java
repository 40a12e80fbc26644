package dev.pip.examples.reference;

import dev.pip.core.Decision;
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
 * @param timeline            every decision reached, in day order
 * @param humanReviewRequired true for EXIT and HR_REVIEW
 */
public record ReferenceEvaluation(Recommendation recommendation, Decision decision, List<TimelineEntry> timeline,
        boolean humanReviewRequired) {
    /** Checks that no field is null and copies the timeline. */
    public ReferenceEvaluation {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(decision, "decision");
        timeline = List.copyOf(timeline);
    }
}
