package dev.pip.rules.facts;

import dev.pip.core.Direction;

/**
 * A target as written in the plan, for the plan checks. Absent numbers are 0 with their
 * {@code has...} flag false.
 *
 * @param id          the target id
 * @param name        the display name
 * @param behavioural true for a BEHAVIOURAL target, false for an OUTCOME target
 * @param direction   which side of the goal is good
 * @param hasBaseline whether a baseline is given
 * @param baseline    the baseline (0 when absent)
 * @param hasGoal     whether a goal is given
 * @param goal        the goal (0 when absent)
 * @param hasSource   whether a measurement source is named
 */
public record TargetFact(String id, String name, boolean behavioural, Direction direction, boolean hasBaseline,
        double baseline, boolean hasGoal, double goal, boolean hasSource) {
}
