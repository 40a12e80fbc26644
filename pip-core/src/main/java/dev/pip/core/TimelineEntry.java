package dev.pip.core;

import dev.pip.core.internal.Require;
import java.time.LocalDate;

/**
 * A decision reached on a plan day.
 *
 * @param decision what was decided
 * @param day      the plan day (day 1 is the start date)
 * @param date     the calendar date of that day
 */
public record TimelineEntry(Decision decision, int day, LocalDate date) {
    /** Validates every field. */
    public TimelineEntry {
        Require.present(decision, "decision");
        Require.atLeast(day, 1, "day");
        Require.present(date, "date");
    }
}
