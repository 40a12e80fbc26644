package dev.pip.rules.workbench;

import dev.pip.core.Evaluation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one test case.
 *
 * @param name        the case's name
 * @param source      its file
 * @param outcome     passed, failed (an expectation differed) or error (the case or its plan could not be run)
 * @param differences for a failure each expectation that differed, expected against actual; for an error each problem
 * @param evaluation  the evaluation, when the case ran
 * @param firings     rule name to the number of times it fired in the case's evaluation
 */
public record CaseResult(String name, String source, Outcome outcome, List<String> differences,
        Optional<Evaluation> evaluation, Map<String, Integer> firings) {

    /** How a case ended. */
    public enum Outcome {
        /** Every expectation held. */
        PASSED,
        /** At least one expectation differed. */
        FAILED,
        /** The case could not be read or its plan could not be evaluated. */
        ERROR
    }

    /** Validates every field and copies the collections. */
    public CaseResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        differences = List.copyOf(differences);
        Objects.requireNonNull(evaluation, "evaluation");
        firings = Map.copyOf(firings);
    }

    /** True when the case passed. */
    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
