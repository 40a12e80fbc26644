package dev.pip.rules.workbench;

import dev.pip.core.RuleSetId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The impact of a change of the rules over a set of plans.
 *
 * @param base        the base rule set
 * @param changed     the changed rule set
 * @param plans       how many plans were compared
 * @param unchanged   how many evaluated alike under both
 * @param changes     the plans whose evaluation changed, in input order
 * @param failures    the plans a rule set failed on, in input order
 * @param transitions every (decision before, decision after) pair with its number of plans, over every plan
 *                    evaluated by both rule sets (unchanged ones too: the matrix's diagonal)
 */
public record DiffReport(RuleSetId base, RuleSetId changed, int plans, int unchanged, List<PlanChange> changes,
        List<Failure> failures, Map<Transition, Integer> transitions) {

    /**
     * A plan that a rule set failed on.
     *
     * @param index   the plan's place in the input (0-based)
     * @param planId  the plan's id
     * @param side    {@code base}, {@code changed} or {@code both}
     * @param message what went wrong
     */
    public record Failure(int index, String planId, String side, String message) {
        /** Validates every field. */
        public Failure {
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Validates every field and copies the collections (transitions sorted). */
    public DiffReport {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(changed, "changed");
        changes = List.copyOf(changes);
        failures = List.copyOf(failures);
        transitions = java.util.Collections.unmodifiableMap(new TreeMap<>(transitions));
    }

    /** The changed plans whose decision change matches {@code filter}. */
    public List<PlanChange> matching(TransitionFilter filter) {
        return changes.stream().filter(c -> filter.matches(c.transition())).toList();
    }
}
