package dev.pip.rules.facts;

import dev.pip.core.Direction;

/**
 * One target in one ended plan week of one window, with the goal in force there;
 * the weekly checkpoint and the regression run are judged from these. A week the window's
 * decision judges is {@code judged}; a week after its due day that ended before the recorded
 * decision answering it (a decision point held late, specification, section 11) is not: it is
 * shown in the weekly checkpoint (section 4), judged by no decision.
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
 * @param judged    true for a week the window's decision judges (ending after its opening day and
 *                  on or before its due day); false for a week between the due day and the later
 *                  day of the recorded decision answering it: in the weekly checkpoint only
 */
public record WeekValue(int window, String target, String name, boolean behavioural, int week, int endDay, boolean hasValue,
        double value, double goal, Direction direction, boolean judged) {
}
