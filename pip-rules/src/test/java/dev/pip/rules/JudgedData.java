package dev.pip.rules;

import dev.pip.core.PlanDocument;
import dev.pip.core.Target;
import dev.pip.core.time.PlanCalendar;
import dev.pip.core.time.WeekRange;
import java.time.LocalDate;
import java.util.Map;

/** Test oracle: whether a decision's judged weeks lack data, straight from the time model. */
final class JudgedData {
    private JudgedData() {
    }

    static boolean lacksData(PlanDocument plan, LocalDate asOf, int previousDay, int day) {
        WeekRange weeks = PlanCalendar.judgedWeeks(previousDay, day);
        for (Target t : plan.behaviouralTargets()) {
            Map<Integer, Double> values = PlanCalendar.weeklyValues(plan.startDate(),
                    plan.observations().stream().filter(o -> o.metric().equals(t.id())).toList(), asOf);
            if (weeks.weeks().anyMatch(w -> !values.containsKey(w))) {
                return true;
            }
        }
        return false;
    }
}
