package dev.pip.core;

import dev.pip.core.internal.Require;
import dev.pip.core.time.PlanCalendar;
import java.util.Optional;

/**
 * A documented check-in of one plan week. The note is personal data: never logged above DEBUG.
 *
 * @param week the plan week, 1..{@link PlanCalendar#MAX_WEEK}
 * @param held whether the check-in was held (default false)
 * @param note what was discussed, optional
 */
public record CheckIn(int week, boolean held, Optional<String> note) {
    /** Validates every field. */
    public CheckIn {
        Require.within(week, 1, PlanCalendar.MAX_WEEK, "checkIn.week");
        Require.optional(note, "checkIn.note");
    }
}
