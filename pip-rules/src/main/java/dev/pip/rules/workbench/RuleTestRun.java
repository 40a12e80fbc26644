package dev.pip.rules.workbench;

import java.util.List;
import java.util.Objects;

/**
 * The results of running test cases against one rule set.
 *
 * @param ruleSet  the rule set's name and fingerprint, as {@code name fingerprint}
 * @param results  one result per case, in the order run
 * @param coverage the rules the cases fired and the decisions they reached
 */
public record RuleTestRun(String ruleSet, List<CaseResult> results, Coverage coverage) {
    /** Validates every field and copies the list. */
    public RuleTestRun {
        Objects.requireNonNull(ruleSet, "ruleSet");
        results = List.copyOf(results);
        Objects.requireNonNull(coverage, "coverage");
    }

    /** How many cases had the given outcome. */
    public long count(CaseResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** True when every case passed (and there was at least one). */
    public boolean allPassed() {
        return !results.isEmpty() && results.stream().allMatch(CaseResult::passed);
    }

    /** {@code 12 cases: 11 passed, 1 failed, 0 errors}. */
    public String summary() {
        return results.size() + " cases: " + count(CaseResult.Outcome.PASSED) + " passed, "
                + count(CaseResult.Outcome.FAILED) + " failed, " + count(CaseResult.Outcome.ERROR) + " errors";
    }
}
