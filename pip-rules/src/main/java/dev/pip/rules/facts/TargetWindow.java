package dev.pip.rules.facts;

import dev.pip.core.Direction;
import dev.pip.core.Judged;
import java.util.List;

/**
 * One target's weekly values over one judged window, pre-aggregated in Java so that the rules
 * decide with one fact per (target, window) instead of joining weekly facts.
 *
 * @param window       the {@link Window#id()}
 * @param target       the target id
 * @param name         the display name
 * @param behavioural  true for a behavioural target
 * @param direction    which side of the goal is good
 * @param judged       EVERY_WEEK or AVERAGE
 * @param baseline     the target's baseline
 * @param goal         the goal in force in this window
 * @param weeks        how many weeks the window judges
 * @param weeksEnded   how many of them have ended by as-of
 * @param complete     true when every judged week has ended and has a value
 * @param missingWeeks ended judged weeks without any observation
 * @param values       the values of the ended weeks that have data, in week order
 * @param sum          the sum of {@code values}
 * @param mean         the judged value: the mean of {@code values} (0 when there are none)
 * @param gapClosed    (mean - baseline) / (goal - baseline); 0 when goal equals baseline
 */
public record TargetWindow(int window, String target, String name, boolean behavioural, Direction direction,
        Judged judged, double baseline, double goal, int weeks, int weeksEnded, boolean complete,
        List<Integer> missingWeeks, List<Double> values, double sum, double mean, double gapClosed) {

    /** Copies the lists. */
    public TargetWindow {
        missingWeeks = List.copyOf(missingWeeks);
        values = List.copyOf(values);
    }

    /** The mean the remaining weeks need for the window's mean to reach the goal (0 when none is needed). */
    public double meanNeeded() {
        int remaining = weeks - weeksEnded;
        return remaining <= 0 ? 0 : Math.max(0, (goal * weeks - sum) / remaining);
    }

    /** True when some ended judged week has no observation. */
    public boolean missingData() {
        return !missingWeeks.isEmpty();
    }
}
