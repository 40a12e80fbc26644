package dev.pip.rules;

import java.util.List;
import java.util.Objects;

/**
 * One firing of a rule during an evaluation.
 *
 * @param rule     the rule's name
 * @param pkg      the rule's package
 * @param matched  the facts its conditions matched, in the order of its patterns
 * @param inserted the facts its consequence inserted
 */
public record RuleFiring(String rule, String pkg, List<Object> matched, List<Object> inserted) {
    /** Validates every field and copies the lists. */
    public RuleFiring {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pkg, "pkg");
        matched = List.copyOf(matched);
        inserted = List.copyOf(inserted);
    }
}
