package dev.pip.core;

import dev.pip.core.internal.Require;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A decision reached on a plan day: the rules' own, or one people recorded in the plan.
 *
 * @param decision what was decided
 * @param day      the plan day (day 1 is the start date)
 * @param date     the calendar date of that day
 * @param recorded true when people decided it (a record of the plan's {@code decisions}),
 *                 false when the rules did
 * @param by       who decided a recorded decision, when the record says; always empty for the rules' own
 */
public record TimelineEntry(Decision decision, int day, LocalDate date, boolean recorded, Optional<String> by) {
    /** Validates every field. */
    public TimelineEntry {
        Require.present(decision, "decision");
        Require.atLeast(day, 1, "day");
        Require.present(date, "date");
        Require.optional(by, "by");
        if (!recorded && by.isPresent()) {
            throw new IllegalArgumentException("by is only given for a recorded decision, was " + by.get());
        }
    }

    /** A decision of the rules. */
    public TimelineEntry(Decision decision, int day, LocalDate date) {
        this(decision, day, date, false, Optional.empty());
    }

    /** The entry of a record, on its own date. */
    public static TimelineEntry recorded(RecordedDecision record, LocalDate date) {
        return new TimelineEntry(record.decision(), record.day(), date, true, record.by());
    }
}
