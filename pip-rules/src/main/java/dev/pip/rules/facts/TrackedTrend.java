package dev.pip.rules.facts;

import dev.pip.core.Direction;

/**
 * A tracked metric (not a target) before the plan and in a window that could end in a PASS, to
 * tell lasting improvement from effort concentrated on the targets (specification, section 7).
 *
 * @param window     the {@link Window#id()} of the window that could end in a PASS
 * @param metric     the metric id
 * @param name       the display name
 * @param direction  which side is better
 * @param comparable true when both values are known
 * @param earlier    the metric's baseline, or the mean of the plan's first judged window
 * @param latest     the mean over the window's weeks that have data
 */
public record TrackedTrend(int window, String metric, String name, Direction direction, boolean comparable,
        double earlier, double latest) {
}
