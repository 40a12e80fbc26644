package dev.pip.rules.workbench;

import dev.pip.core.Decision;
import dev.pip.core.Recommendation;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of a rule set, where it is written and what it can conclude.
 *
 * @param name            the rule's name
 * @param pkg             the package of its file
 * @param file            its file within the rule set, e.g. {@code gate.drl}
 * @param line            the line of its {@code rule} keyword (1-based)
 * @param salience        its stage ({@code salience}; 0 when the rule sets none)
 * @param decisions       the decisions its consequence names ({@code Decision.PASS}...): it can conclude them
 * @param recommendations the recommendations its consequence names
 */
public record RuleDefinition(String name, String pkg, String file, int line, int salience, Set<Decision> decisions,
        Set<Recommendation> recommendations) {
    /** Validates every field and copies the sets. */
    public RuleDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, was " + line);
        }
        decisions = Set.copyOf(decisions);
        recommendations = Set.copyOf(recommendations);
    }

    /** True when the rule concludes a decision or a recommendation: a decision-level rule. */
    public boolean decides() {
        return !decisions.isEmpty() || !recommendations.isEmpty();
    }

    /** {@code file:line}, as compilers print places. */
    public String place() {
        return file + ":" + line;
    }
}
