package dev.pip.rules.internal;

import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.RecordedDecision;
import dev.pip.core.time.PlanCalendar;
import java.time.LocalDate;

/**
 * The work one evaluation may ask for, known before any rule runs: every target and tracked
 * metric is judged at most once per plan week the timeline can reach by as-of, and every entry
 * of the document (observations, check-ins, deliveries, support commitments, decisions) is read
 * once. The weeks within reach end at the as-of date, and at the latest on the last day any
 * timeline could reach: the later of the window's end and the last recorded decision, plus every
 * allowed extension and the monitoring after them.
 */
public final class WorkBudget {
    private WorkBudget() {
    }

    /** The units of work evaluating {@code plan} on {@code asOf} under {@code policy} may take. */
    public static long of(PlanDocument plan, Policy policy, LocalDate asOf) {
        long asOfDay = PlanCalendar.dayOf(plan.startDate(), asOf);
        long lastRecord = 0;
        for (RecordedDecision r : plan.decisions()) {
            if (r.day() <= asOfDay) {
                lastRecord = r.day();
            }
        }
        long reach = Math.max(plan.windowDays(), lastRecord)
                + (policy.maxExtensions() + 1L) * policy.extensionDays() + policy.monitoringDays();
        long weeks = Math.max(0, Math.min(asOfDay, reach)) / 7 + 1;
        long judged = plan.targets().size() + plan.trackedMetrics().size() + 1L;
        long entries = (long) plan.observations().size() + plan.checkIns().size() + plan.supportDelivered().size()
                + plan.support().size() + plan.decisions().size();
        return judged * weeks + entries;
    }
}
