package dev.pip.examples.documents;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.Recommendation;
import dev.pip.core.RootCause;
import dev.pip.core.TimelineEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the overview keeps of one plan: a few fields instead of the whole document, so that an
 * overview of many thousands of plans fits in little memory.
 *
 * @param planId              the plan
 * @param team                the rep's team, when given
 * @param manager             the manager, when given
 * @param rootCause           the diagnosed root cause
 * @param recommendation      the recommendation
 * @param decision            the latest decision
 * @param outcome             how the plan has ended so far
 * @param extended            whether the timeline holds an EXTEND
 * @param passed              whether the timeline holds a PASS
 * @param finalDecisionDay    the plan day of the window's final decision (PASS, EXIT or HR_REVIEW), when reached
 * @param hrReviewCauses      for an HR review, the rules that caused it
 * @param humanReviewRequired whether a person must review the latest decision
 */
public record OverviewEntry(String planId, Optional<String> team, Optional<String> manager, RootCause rootCause,
        Recommendation recommendation, Decision decision, Outcome outcome, boolean extended, boolean passed,
        OptionalInt finalDecisionDay, List<String> hrReviewCauses, boolean humanReviewRequired) {

    /** The guard rules whose reasons explain an HR review (specification, section 8). */
    private static final Set<String> GUARDS = Set.of("Support shortfall", "Missed check-ins");

    /** Validates every field and copies the list. */
    public OverviewEntry {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(rootCause, "rootCause");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(finalDecisionDay, "finalDecisionDay");
        hrReviewCauses = List.copyOf(hrReviewCauses);
    }

    /** The entry of {@code plan} evaluated as {@code evaluation}. */
    public static OverviewEntry of(PlanDocument plan, Evaluation evaluation) {
        if (!plan.planId().equals(evaluation.planId())) {
            throw new IllegalArgumentException("evaluation of " + evaluation.planId() + " given for plan " + plan.planId());
        }
        OptionalInt finalDay = evaluation.timeline().stream()
                .filter(t -> t.decision() == Decision.PASS || t.decision() == Decision.EXIT
                        || t.decision() == Decision.HR_REVIEW)
                .mapToInt(TimelineEntry::day).findFirst();
        List<String> causes = List.of();
        if (evaluation.decision() == Decision.HR_REVIEW) {
            causes = evaluation.reasons().stream().map(Reason::rule).filter(GUARDS::contains).distinct().toList();
            if (causes.isEmpty()) {
                causes = evaluation.reasons().stream().filter(r -> r.standing() == Reason.Standing.DECIDING)
                        .map(Reason::rule).distinct().toList();
            }
            if (causes.isEmpty()) {
                causes = List.of("cause not named by the rules");
            }
        }
        return new OverviewEntry(plan.planId(), plan.rep().team(), plan.manager(), plan.diagnosis().rootCause(),
                evaluation.recommendation(), evaluation.decision(), Outcome.of(evaluation),
                evaluation.timeline().stream().anyMatch(t -> t.decision() == Decision.EXTEND),
                evaluation.timeline().stream().anyMatch(t -> t.decision() == Decision.PASS), finalDay, causes,
                evaluation.humanReviewRequired());
    }
}
