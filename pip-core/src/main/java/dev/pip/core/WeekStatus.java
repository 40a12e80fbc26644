package dev.pip.core;

import dev.pip.core.internal.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * The weekly checkpoint of one plan week (specification, section 4): every target
 * against its goal, whether the documented check-in was held, and support delivered.
 *
 * @param week             the plan week
 * @param firstDate        the date of the week's first day
 * @param lastDate         the date of the week's last day
 * @param targets          each target in this week, behavioural and outcome
 * @param onTrack          true when every behavioural target is MET
 * @param checkInHeld      true when a check-in of this week was held
 * @param supportCommitted support committed for the week (sum of perWeek)
 * @param supportDelivered support delivered in the week
 */
public record WeekStatus(int week, LocalDate firstDate, LocalDate lastDate, List<TargetWeek> targets,
        boolean onTrack, boolean checkInHeld, double supportCommitted, double supportDelivered) {
    /** Validates every field. */
    public WeekStatus {
        Require.atLeast(week, 1, "week");
        Require.present(firstDate, "firstDate");
        Require.present(lastDate, "lastDate");
        targets = Require.list(targets, "targets");
        supportCommitted = Require.nonNegative(supportCommitted, "supportCommitted");
        supportDelivered = Require.nonNegative(supportDelivered, "supportDelivered");
    }
}
