package dev.pip.examples.reference;

import dev.pip.core.Decision;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.Recommendation;
import dev.pip.core.TimelineEntry;
import dev.pip.core.time.PlanCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The specification's decisions transcribed into plain Java: the recommendation, whether a
 * plan-check ERROR makes the plan NOT_ACTIVATABLE, and the timeline of decisions with days and
 * dates, following the decisions people recorded (specification, section 11) and naming the
 * records the rules decide differently.
 *
 * <p>This is <em>not the product</em>. The product decides with the rule files of pip-rules,
 * which people can read and edit, and explains every decision; this class explains nothing and
 * reports no findings beyond "blocked". It exists as a second opinion, which property tests
 * compare with the engine on thousands of generated plans (a disagreement is a bug in one of
 * them), and as the performance baseline of the benchmarks: what the same decisions cost
 * without a rule engine. It allocates little and reuses pip-core's time model
 * ({@link PlanCalendar}).
 *
 * <pre>{@code
 * ReferenceEvaluator reference = ReferenceEvaluator.withDefaultPolicy();
 * ReferenceEvaluation r = reference.evaluate(plan, LocalDate.of(2026, 10, 6));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceEvaluator {
    private final Policy policy;

    private ReferenceEvaluator(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A reference evaluator with the specification's default policy, as the engine's default. */
    public static ReferenceEvaluator withDefaultPolicy() {
        return new ReferenceEvaluator(Policy.defaults());
    }

    /** A reference evaluator using {@code policy} where a plan does not override it. */
    public static ReferenceEvaluator withPolicy(Policy policy) {
        return new ReferenceEvaluator(policy);
    }

    /** Evaluates {@code plan} as of {@code asOf}. */
    public ReferenceEvaluation evaluate(PlanDocument plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Policy effective = policy.with(plan.policy());
        Recommendation recommendation = Diagnose.recommendation(plan, effective);
        if (Diagnose.blocked(plan, effective, recommendation)) {
            return new ReferenceEvaluation(recommendation, Decision.NOT_ACTIVATABLE, List.of(), false, List.of());
        }
        Timeline decided = new Timeline(plan, effective, PlanCalendar.dayOf(plan.startDate(), asOf));
        List<TimelineEntry> timeline = decided.decide();
        if (timeline.isEmpty()) {
            return new ReferenceEvaluation(recommendation, Decision.PENDING, timeline, false, List.of());
        }
        TimelineEntry latest = timeline.get(timeline.size() - 1);
        return new ReferenceEvaluation(recommendation, latest.decision(), timeline,
                latest.decision().humanReviewRequired() && !latest.recorded(), decided.differences());
    }
}
