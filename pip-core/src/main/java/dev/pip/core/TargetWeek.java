package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.OptionalDouble;

/**
 * One target's value in one plan week against the goal in force that week.
 *
 * @param target    the target id
 * @param status    MET, NOT_MET or NO_DATA
 * @param value     the week's value (sum of dated observations), empty without data
 * @param goal      the goal in force that week
 * @param direction which side of the goal is good
 */
public record TargetWeek(String target, CheckpointStatus status, OptionalDouble value, double goal,
        Direction direction) {
    /** Validates every field. */
    public TargetWeek {
        Require.text(target, "target");
        Require.present(status, "status");
        Require.present(value, "value");
        Require.present(direction, "direction");
        if (value.isEmpty() != (status == CheckpointStatus.NO_DATA)) {
            throw new IllegalArgumentException("status NO_DATA exactly when there is no value, was " + status);
        }
    }
}
