package dev.pip.rules.facts;

import dev.pip.core.Direction;

/**
 * One target in one ended plan week of one window, with the goal in force there;
 * the weekly checkpoint and the regression run are judged from these.
 *
 * @param window    the {@link Window#id()}
 * @param target    the target id
 * @param name      the display name
 * @param behavioural true for a behavioural target: only those decide ON_TRACK and regression
 * @param week      the plan week
 * @param endDay    the plan day the week ends on (7 x week)
 * @param hasValue  false when the week has no observation
 * @param value     the week's value (0 when {@code hasValue} is false: never read then)
 * @param goal      the goal in force in the window
 * @param direction which side of the goal is good
 */
public record WeekValue(int window, String target, String name, boolean behavioural, int week, int endDay, boolean hasValue,
        double value, double goal, Direction direction) {
}
