package dev.pip.examples.reference;

import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Target;
import dev.pip.core.time.PlanCalendar;
import java.util.Arrays;
import java.util.List;

/**
 * The weekly values of the behavioural targets for weeks 1..{@code lastWeek} (specification, section 3):
 * a weekly observation counts for its week, dated ones are summed within their week (those after
 * as-of left out). A week without any observation is NaN, never zero. One flat array, no boxing.
 */
final class WeeklyValues {
    private final int weeks;
    private final double[] values;

    WeeklyValues(PlanDocument plan, List<Target> targets, int lastWeek, int asOfDay) {
        this.weeks = lastWeek + 1;
        this.values = new double[targets.size() * weeks];
        Arrays.fill(values, Double.NaN);
        for (Observation o : plan.observations()) {
            int target = indexOf(targets, o.metric());
            if (target < 0) {
                continue;
            }
            int week;
            if (o.week().isPresent()) {
                week = o.week().getAsInt();
            } else {
                int day = PlanCalendar.dayOf(plan.startDate(), o.date().orElseThrow());
                if (day < 1 || day > asOfDay) {
                    continue;
                }
                week = PlanCalendar.weekOf(day);
            }
            if (week <= lastWeek) {
                int i = target * weeks + week;
                values[i] = Double.isNaN(values[i]) ? o.value() : values[i] + o.value();
            }
        }
    }

    private static int indexOf(List<Target> targets, String id) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of {@code target} (its index) in {@code week}, NaN when the week has no data. */
    double get(int target, int week) {
        return PlanCalendar.settled(values[target * weeks + week]);
    }
}
