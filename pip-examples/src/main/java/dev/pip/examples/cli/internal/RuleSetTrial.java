package dev.pip.examples.cli.internal;

import dev.pip.core.PipException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.time.PlanCalendar;
import dev.pip.rules.PipEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Tries a rule set on plans before any real plan sees it: each plan evaluated as of every day a
 * decision can fall on in its life (the day before it starts, the gate, the end of the window and
 * of each extension, the end of every plan week up to a week after its last possible decision),
 * so a rule set that breaks its contract (a deleted gate, a second decision on a day) or fails on
 * a plan is caught by {@code pip rules check}. A decision that is missing or doubled on one day
 * still shows on every later one of these dates.
 */
public final class RuleSetTrial {
    private RuleSetTrial() {
    }

    /**
     * A failure on one plan: the first as-of date it showed on.
     *
     * @param plan    the plan's name (its file or sample name)
     * @param asOf    the date
     * @param message what the rules did wrong
     */
    public record Failure(String plan, LocalDate asOf, String message) {
    }

    /** The outcome: how many evaluations ran, and every plan's first failure. */
    public record Outcome(int evaluations, List<Failure> failures) {
    }

    /** The plan days a decision can fall on, in order, from the day before the start. */
    static SortedSet<Integer> days(int windowDays, Policy p) {
        int end = Math.max(windowDays, p.gateDay());
        int last = end + p.maxExtensions() * p.extensionDays() + p.monitoringDays() + 7;
        SortedSet<Integer> days = new TreeSet<>(List.of(0, 1, p.gateDay(), end, last));
        for (int k = 1; k <= p.maxExtensions(); k++) {
            days.add(end + k * p.extensionDays());
        }
        for (int d = 7; d <= last; d += 7) {
            days.add(d);
        }
        return days;
    }

    /** Evaluates every plan on every day a decision can fall on; at most one failure per plan is kept. */
    public static Outcome run(PipEngine engine, Map<String, PlanDocument> plans) {
        int evaluations = 0;
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, PlanDocument> e : plans.entrySet()) {
            PlanDocument plan = e.getValue();
            Policy p = engine.policy().with(plan.policy());
            for (int day : days(plan.windowDays(), p)) {
                LocalDate asOf = PlanCalendar.dateOf(plan.startDate(), day);
                evaluations++;
                try {
                    engine.evaluate(plan, asOf);
                } catch (PipException ex) {
                    failures.add(new Failure(e.getKey(), asOf, ex.getMessage()));
                    break;
                } catch (RuntimeException ex) {
                    failures.add(new Failure(e.getKey(), asOf, "a rule threw " + ex));
                    break;
                }
            }
        }
        return new Outcome(evaluations, failures);
    }
}
