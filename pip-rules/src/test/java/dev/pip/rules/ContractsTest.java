package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.TimelineEntry;
import dev.pip.rules.internal.Contracts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The timeline contract at its edges, on timelines written by hand (specification, section 5 and
 * 7): a decision that falls due on the as-of day must have been made; a gate on the window's last
 * day still falls due; a regression falls on the last day of a monitoring week, after the pass and
 * at the latest on the monitoring's last day.
 */
class ContractsTest {
    private static final PlanDocument PLAN = Plans.base().windowDays(60).build();
    private static final Evaluation ANY = Scenarios.ENGINE.evaluate(PLAN, Plans.day(1));

    private static TimelineEntry rules(Decision d, int day) {
        return new TimelineEntry(d, day, Plans.day(day));
    }

    private static TimelineEntry recorded(Decision d, int day) {
        return new TimelineEntry(d, day, Plans.day(day), true, Optional.empty());
    }

    /** What the contract finds broken in {@code timeline} as of {@code asOf}; empty when it is kept. */
    private static List<String> broken(Policy policy, LocalDate asOf, List<TimelineEntry> timeline) {
        Decision decision = timeline.isEmpty() ? Decision.PENDING : timeline.get(timeline.size() - 1).decision();
        Evaluation e = new Evaluation(PLAN.planId(), asOf, ANY.recommendation(), decision, timeline, List.of(),
                List.of(), List.of(), List.of(), policy, ANY.ruleSet(), false);
        try {
            Contracts.check("test rules", PLAN, policy, asOf, e);
            return List.of();
        } catch (dev.pip.rules.RuleContractException x) {
            assertTrue(!x.broken().isEmpty());
            return x.broken();
        }
    }

    @Test
    void theGateFallsDueOnItsDayAndNotBefore() {
        assertEquals(List.of(), broken(Policy.defaults(), Plans.day(29), List.of()));
        List<String> due = broken(Policy.defaults(), Plans.day(30), List.of());
        assertEquals(1, due.size(), due.toString());
        assertTrue(due.get(0).startsWith("the decision due on day 30 (the first decision) was not made"), due.get(0));
        assertEquals(List.of(), broken(Policy.defaults(), Plans.day(30), List.of(rules(Decision.CONTINUE, 30))));
    }

    @Test
    void aGateOnTheWindowsLastDayStillFallsDue() {
        Policy gateAtTheEnd = Policy.defaults().toBuilder().gateDay(60).build();
        List<String> due = broken(gateAtTheEnd, Plans.day(60), List.of());
        assertEquals(1, due.size(), due.toString());
        assertTrue(due.get(0).startsWith("the decision due on day 60 (the first decision) was not made"), due.get(0));
    }

    @Test
    void aRegressionFallsOnAWeekEndAfterThePassUpToTheLastDayOfMonitoring() {
        // PASS of record on day 63 (a week end), 56 days of monitoring: weeks end on days 70..119
        Policy policy = Policy.defaults().toBuilder().monitoringDays(56).build();
        TimelineEntry pass = recorded(Decision.PASS, 63);
        LocalDate late = Plans.day(200);
        assertEquals(List.of(), broken(policy, late, List.of(pass, rules(Decision.REGRESSION, 70))));
        assertEquals(List.of(), broken(policy, late, List.of(pass, rules(Decision.REGRESSION, 119))));
        String outside = "a regression falls on the last day of a monitoring week, days 64-119";
        assertEquals(List.of("REGRESSION on day 126 after PASS on day 63: " + outside),
                broken(policy, late, List.of(pass, rules(Decision.REGRESSION, 126))));
        assertEquals(List.of("REGRESSION on day 68 after PASS on day 63: " + outside),
                broken(policy, late, List.of(pass, rules(Decision.REGRESSION, 68))));
        List<String> sameDay = broken(policy, late, List.of(pass, rules(Decision.REGRESSION, 63)));
        assertTrue(sameDay.contains("REGRESSION on day 63 after PASS on day 63: " + outside), sameDay.toString());
    }

    @Test
    void aMissingDecisionIsReportedByTheEngineAsAContractError() {
        RuleContractException e = assertThrows(RuleContractException.class, () -> Contracts.check("test rules",
                PLAN, Policy.defaults(), Plans.day(30), new Evaluation(PLAN.planId(), Plans.day(30),
                        ANY.recommendation(), Decision.PENDING, List.of(), List.of(), List.of(), List.of(), List.of(),
                        Policy.defaults(), ANY.ruleSet(), false)));
        assertEquals(PLAN.planId(), e.planId());
    }
}
