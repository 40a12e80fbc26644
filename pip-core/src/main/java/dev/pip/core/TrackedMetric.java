package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A metric that is watched but is not a target, used to tell lasting improvement from effort
 * concentrated on the targets (specification, section 7).
 *
 * @param id        unique id, referenced by observations as {@code metric}
 * @param name      human name, optional
 * @param direction which side is better (default AT_LEAST)
 * @param baseline  the value before the plan, optional; without it the plan's first weeks serve
 */
public record TrackedMetric(String id, Optional<String> name, Direction direction, OptionalDouble baseline) {
    /** Validates every field. */
    public TrackedMetric {
        Require.text(id, "trackedMetric.id");
        Require.optional(name, "trackedMetric.name");
        Require.present(direction, "trackedMetric.direction");
        baseline = Require.nonNegative(baseline, "trackedMetric.baseline");
    }
}
