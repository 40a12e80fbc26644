package dev.pip.rules.facts;

import dev.pip.core.CheckpointStatus;

/**
 * Result: one target in one plan week of an open window (specification, section 4).
 *
 * @param window the {@link Window#id()}
 * @param target the target id
 * @param behavioural true for a behavioural target
 * @param week   the plan week
 * @param status MET, NOT_MET or NO_DATA
 * @param value  the week's value (0 with NO_DATA: never read then)
 * @param goal   the goal in force that week
 * @param judged as {@link WeekValue#judged()}: false for a week in the weekly checkpoint only, which
 *               no rule deciding a target, missing data, a regression or monitoring may read
 */
public record WeekResult(int window, String target, boolean behavioural, int week, CheckpointStatus status, double value, double goal,
        boolean judged) {
}
