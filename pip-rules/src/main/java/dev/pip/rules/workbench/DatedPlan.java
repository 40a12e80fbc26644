package dev.pip.rules.workbench;

import dev.pip.core.PlanDocument;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan and the date to evaluate it as of.
 *
 * @param plan the plan document
 * @param asOf the date
 */
public record DatedPlan(PlanDocument plan, LocalDate asOf) {
    /** Validates every field. */
    public DatedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
    }
}
