package dev.pip.generate;

import dev.pip.core.PlanDocument;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A generated plan with the story it was written for and a date to evaluate it on.
 *
 * @param scenario the story the data was shaped by
 * @param plan     the plan document (valid)
 * @param asOf     an evaluation date within the generator's as-of spread
 */
public record GeneratedPlan(Scenario scenario, PlanDocument plan, LocalDate asOf) {
    /** Checks that no field is null. */
    public GeneratedPlan {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
    }
}
