package dev.pip.rules;

import dev.pip.core.PipException;
import java.util.List;
import java.util.stream.Collectors;

/** A rule set that does not build: every problem of every file, found before any evaluation. */
public final class RuleSetException extends PipException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** An exception listing at least one problem. */
    public RuleSetException(String ruleSet, List<RuleProblem> problems) {
        super("rule set '" + ruleSet + "' does not build:\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule set exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, by file and line (empty after Java deserialization, which keeps only the message). */
    public List<RuleProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
