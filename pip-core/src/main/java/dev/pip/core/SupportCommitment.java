package dev.pip.core;

import dev.pip.core.internal.Require;

/**
 * Support the company commits to give each week (coaching sessions, ride-alongs, training).
 *
 * @param kind    the kind of support, matched by {@link SupportDelivery#kind()}
 * @param perWeek how many per week (default 1)
 */
public record SupportCommitment(String kind, double perWeek) {
    /** Validates every field. */
    public SupportCommitment {
        Require.text(kind, "support.kind");
        perWeek = Require.nonNegative(perWeek, "support.perWeek");
    }
}
