package dev.pip.rules.facts;

/**
 * The plan was on track in a week of a window: every behavioural target met its goal.
 *
 * @param window the window whose goals the week was judged against
 * @param week   the plan week
 */
public record OnTrack(int window, int week) {
}
