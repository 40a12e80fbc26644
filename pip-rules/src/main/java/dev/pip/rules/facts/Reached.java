package dev.pip.rules.facts;

import dev.pip.core.Decision;
import java.util.Optional;

/**
 * A decision on the plan's timeline: the conclusion of a window, either the rules' own
 * {@link Ruling} or a {@link Recorded} decision. Each non-final one opens the next window.
 *
 * @param window   the window it concludes
 * @param decision what was decided
 * @param day      the day it was decided on
 * @param recorded true when people decided it
 * @param by       who decided a recorded decision, when the record says
 */
public record Reached(int window, Decision decision, int day, boolean recorded, Optional<String> by) {

    /** The rules' own conclusion of a window. */
    public static Reached byRules(Ruling ruling) {
        return new Reached(ruling.window(), ruling.decision(), ruling.day(), false, Optional.empty());
    }

    /** A recorded decision concluding the window it answers. */
    public static Reached byRecord(Recorded record) {
        return new Reached(record.previousDay(), record.decision(), record.day(), true, record.by());
    }
}
