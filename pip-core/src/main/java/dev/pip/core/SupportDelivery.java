package dev.pip.core;

import dev.pip.core.internal.Require;
import dev.pip.core.time.PlanCalendar;

/**
 * Support actually delivered in one plan week.
 *
 * @param kind  the kind of support; must match a commitment
 * @param week  the plan week, 1..{@link PlanCalendar#MAX_WEEK}
 * @param count how many were delivered (default 1)
 */
public record SupportDelivery(String kind, int week, double count) {
    /** Validates every field. */
    public SupportDelivery {
        Require.text(kind, "supportDelivered.kind");
        Require.within(week, 1, PlanCalendar.MAX_WEEK, "supportDelivered.week");
        count = Require.nonNegative(count, "supportDelivered.count");
    }
}
