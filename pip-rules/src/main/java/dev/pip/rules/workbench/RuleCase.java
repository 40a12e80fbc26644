package dev.pip.rules.workbench;

import dev.pip.core.PlanDocument;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One test case for a rule set: a plan evaluated as of a date, and what is expected of it.
 * Read from JSON with {@link RuleCases#read(java.nio.file.Path)}.
 *
 * @param name   the case's name (its {@code name} field, else its file name)
 * @param source the file it was read from, or a name for a case built in code
 * @param plan   the plan document
 * @param asOf   the date evaluated
 * @param expect what is expected
 */
public record RuleCase(String name, String source, PlanDocument plan, LocalDate asOf, Expectations expect) {
    /** Validates every field. */
    public RuleCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(expect, "expect");
    }
}
