package dev.pip.rules.facts;

/**
 * Result: a behavioural target missed its goal in enough consecutive monitoring weeks.
 *
 * @param window the monitoring {@link Window#id()}
 * @param target the target id
 * @param week   the last week of the run
 * @param day    the day that week ends
 */
public record RegressionRun(int window, String target, int week, int day) {
}
