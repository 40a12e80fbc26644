package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.OptionalDouble;

/**
 * What the rep needs from one behavioural target in the remaining weeks of the current judged
 * window to pass its next decision (specification, section 4).
 *
 * @param target       the target id
 * @param decisionDay  the plan day of the next decision
 * @param weeksLeft    judged weeks of the window that have not ended yet
 * @param perWeek      the value needed in each remaining week; empty when nothing can pass any more
 * @param message      a human sentence
 */
public record Need(String target, int decisionDay, int weeksLeft, OptionalDouble perWeek, String message) {
    /** Validates every field. */
    public Need {
        Require.text(target, "target");
        Require.atLeast(decisionDay, 1, "decisionDay");
        Require.atLeast(weeksLeft, 0, "weeksLeft");
        Require.present(perWeek, "perWeek");
        Require.text(message, "message");
    }
}
