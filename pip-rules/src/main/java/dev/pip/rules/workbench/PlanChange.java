package dev.pip.rules.workbench;

import dev.pip.core.Evaluation;
import java.util.List;
import java.util.Objects;

/**
 * A plan whose evaluation differs between the base and the changed rules (the rule-set
 * fingerprint aside, which always differs).
 *
 * @param index        the plan's place in the input (0-based)
 * @param planId       the plan's id
 * @param before       its evaluation under the base rules
 * @param after        its evaluation under the changed rules
 * @param changes      what differs, in words: decision, timeline, recommendation, reasons, findings
 * @param rulesChanged each rule whose firing count differs, as {@code "name" before -> after}
 */
public record PlanChange(int index, String planId, Evaluation before, Evaluation after, List<String> changes,
        List<String> rulesChanged) {
    /** Validates every field and copies the lists. */
    public PlanChange {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
        rulesChanged = List.copyOf(rulesChanged);
    }

    /** The plan's decision before and after. */
    public Transition transition() {
        return new Transition(before.decision(), after.decision());
    }
}
