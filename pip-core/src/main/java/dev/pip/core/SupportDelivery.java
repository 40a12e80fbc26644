package dev.pip.core;

import dev.pip.core.internal.Require;

/**
 * Support actually delivered in one plan week.
 *
 * @param kind  the kind of support; must match a commitment
 * @param week  the plan week (>= 1)
 * @param count how many were delivered (default 1)
 */
public record SupportDelivery(String kind, int week, double count) {
    /** Validates every field. */
    public SupportDelivery {
        Require.text(kind, "supportDelivered.kind");
        Require.atLeast(week, 1, "supportDelivered.week");
        count = Require.nonNegative(count, "supportDelivered.count");
    }
}
