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

/**
 * Tries a rule set on plans before any real plan sees it: each plan evaluated as of every day
 * of its life (from the day before it starts to a week after its last possible decision), so a
 * rule set that breaks its contract (a deleted gate, a second decision on a day) or fails on a
 * plan is caught by {@code pip rules check}.
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

    /** Evaluates every plan on every day of its life; at most one failure per plan is kept. */
    public static Outcome run(PipEngine engine, Map<String, PlanDocument> plans) {
        int evaluations = 0;
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, PlanDocument> e : plans.entrySet()) {
            PlanDocument plan = e.getValue();
            Policy p = engine.policy().with(plan.policy());
            int last = Math.max(plan.windowDays(), p.gateDay()) + p.maxExtensions() * p.extensionDays()
                    + p.monitoringDays() + 7;
            for (int day = 0; day <= last; day++) {
                LocalDate asOf = PlanCalendar.dateOf(plan.startDate(), day);
                evaluations++;
                try {
                    engine.evaluate(plan, asOf);
                } catch (PipException ex) {
                    failures.add(new Failure(e.getKey(), asOf, ex.getMessage()));
                    break;
                } catch (RuntimeException ex) {
                    failures.add(new Failure(e.getKey(), asOf, "the rules failed on this plan: " + ex));
                    break;
                }
            }
        }
        return new Outcome(evaluations, failures);
    }
}
