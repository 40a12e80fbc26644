package dev.pip.rules.facts;

/**
 * Result: every behavioural target met its goal in this plan week.
 *
 * @param week the plan week
 */
public record OnTrack(int week) {
}
