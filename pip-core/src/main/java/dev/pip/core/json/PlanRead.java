package dev.pip.core.json;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a JSON Lines stream of plan documents: the plan it holds, or why it could not be
 * read. Exactly one of {@code plan} and {@code error} is present.
 *
 * @param source where the line came from, as {@code file:line} (for example {@code plans.jsonl:12})
 * @param plan   the plan, when the line held a valid document
 * @param error  every problem of the line's document, when it did not
 */
public record PlanRead(String source, Optional<PlanDocument> plan, Optional<InvalidPlanException> error) {
    /** Checks that exactly one of plan and error is present. */
    public PlanRead {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(error, "error");
        if (plan.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("exactly one of plan and error must be present");
        }
    }

    /** A line that held a valid plan. */
    public static PlanRead of(String source, PlanDocument plan) {
        return new PlanRead(source, Optional.of(plan), Optional.empty());
    }

    /** A line that could not be read; its source is the exception's. */
    public static PlanRead failed(InvalidPlanException error) {
        return new PlanRead(error.source(), Optional.empty(), Optional.of(error));
    }

    /** True when the line held a valid plan. */
    public boolean isValid() {
        return plan.isPresent();
    }
}
