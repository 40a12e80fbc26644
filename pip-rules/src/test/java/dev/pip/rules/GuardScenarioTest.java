package dev.pip.rules;

import static dev.pip.rules.Scenarios.findings;
import static dev.pip.rules.Scenarios.on;
import static dev.pip.rules.Scenarios.reasons;
import static dev.pip.rules.Scenarios.timeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.CheckIn;
import dev.pip.core.Evaluation;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.Severity;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.TrackedMetric;
import dev.pip.core.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Fairness guards and findings on whole plans (specification, sections 7, 8 and 9). */
class GuardScenarioTest {

    /** A plan failing its gate: calls at 10 every week. */
    private static PlanDocument.Builder failingGate() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 20, w -> 15);
        return b.observations(Plans.override(b, "calls", 1, 20, w -> 10));
    }

    private static List<CheckIn> heldExcept(int... missed) {
        List<CheckIn> out = new ArrayList<>();
        for (int w = 1; w <= 20; w++) {
            int week = w;
            boolean held = java.util.Arrays.stream(missed).noneMatch(m -> m == week);
            out.add(new CheckIn(w, held, Optional.empty()));
        }
        return out;
    }

    @Test
    void exitStandsWhenSupportAndCheckInsWereDelivered() {
        Evaluation e = on(failingGate().build(), 30);
        assertEquals(List.of("EXIT@30"), timeline(e));
        assertTrue(e.humanReviewRequired());
    }

    @Test
    void supportShortfallTurnsTheGateExitIntoHrReviewOnTheSameDay() {
        // 3 sessions delivered of 4 committed over weeks 1-4: 75% < 80%.
        Evaluation e = on(failingGate().supportDelivered(Plans.deliveries(1, 3)).build(), 30);
        assertEquals(List.of("HR_REVIEW@30"), timeline(e), "HR_REVIEW replaces the EXIT");
        assertTrue(e.humanReviewRequired());
        Reason r = reasons(e, "Support shortfall").get(0);
        assertEquals(3.0, r.evidence().get("supportDelivered"));
        assertEquals(4.0, r.evidence().get("supportCommitted"));
    }

    @Test
    void supportExactlyAtTheShareIsNotAShortfall() {
        // 5 per week committed over weeks 1-4 = 20; 16 delivered is exactly 80%.
        PlanDocument plan = failingGate().support(List.of(new SupportCommitment("COACHING", 5)))
                .supportDelivered(List.of(new SupportDelivery("COACHING", 1, 16))).build();
        assertEquals(List.of("EXIT@30"), timeline(on(plan, 30)), "delivery is not capped per week; below is strict");
    }

    @Test
    void supportIsSummedOverCommitmentsAndDeliveriesOfEveryKind() {
        PlanDocument plan = failingGate()
                .support(List.of(new SupportCommitment("COACHING", 1), new SupportCommitment("RIDE_ALONG", 1)))
                .supportDelivered(List.of(new SupportDelivery("COACHING", 1, 4), new SupportDelivery("RIDE_ALONG", 2, 2),
                        new SupportDelivery("COACHING", 5, 10))).build();
        Evaluation e = on(plan, 30);
        assertEquals(List.of("HR_REVIEW@30"), timeline(e), "6 of 8 over weeks 1-4; week 5 is not counted yet");
    }

    @Test
    void twoMissedCheckInsTurnTheExitIntoHrReview() {
        Evaluation e = on(failingGate().checkIns(heldExcept(2, 4)).build(), 30);
        assertEquals(List.of("HR_REVIEW@30"), timeline(e));
        assertEquals(List.of(2, 4), reasons(e, "Missed check-ins").get(0).evidence().get("missedWeeks"));
    }

    @Test
    void aWeekWithNoCheckInEntryIsMissedToo() {
        PlanDocument plan = failingGate().checkIns(List.of(new CheckIn(1, true, Optional.empty()),
                new CheckIn(3, true, Optional.empty()), new CheckIn(3, false, Optional.empty()),
                new CheckIn(4, false, Optional.empty()), new CheckIn(4, true, Optional.empty()))).build();
        Evaluation e = on(plan, 30);
        assertEquals(List.of("EXIT@30"), timeline(e), "only week 2 is missed: one held check-in per week suffices");
        PlanDocument twoMissed = failingGate().checkIns(List.of(new CheckIn(1, true, Optional.empty()),
                new CheckIn(4, true, Optional.empty()))).build();
        assertEquals(List.of("HR_REVIEW@30"), timeline(on(twoMissed, 30)));
    }

    @Test
    void oneMissedCheckInLeavesTheExit() {
        assertEquals(List.of("EXIT@30"), timeline(on(failingGate().checkIns(heldExcept(3)).build(), 30)));
    }

    @Test
    void guardsNeverTouchADecisionOtherThanExit() {
        PlanDocument plan = Plans.observed(Plans.base(), 1, 4, w -> 15).checkIns(List.of())
                .supportDelivered(List.of()).build();
        assertEquals(List.of("CONTINUE@30"), timeline(on(plan, 30)));
    }

    @Test
    void guardsTurnTheFinalExitIntoHrReviewCountingWeeksOneToEight() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 8, w -> w <= 4 ? 15 : 9);
        assertEquals(List.of("CONTINUE@30", "EXIT@60"), timeline(on(b.build(), 60)));
        assertEquals(List.of("CONTINUE@30", "HR_REVIEW@60"), timeline(on(b.checkIns(heldExcept(6, 8)).build(), 60)));
        // 6 of 8 delivered over weeks 1-8: 75%.
        b.checkIns(Plans.checkIns(1, 20)).supportDelivered(Plans.deliveries(1, 6));
        assertEquals(List.of("CONTINUE@30", "HR_REVIEW@60"), timeline(on(b.build(), 60)));
    }

    @Test
    void guardsTurnTheExitAfterAnExtensionIntoHrReview() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 10, w -> w <= 4 ? 15 : w <= 8 ? 12 : 9);
        b.checkIns(heldExcept(9, 10));
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "HR_REVIEW@74"), timeline(on(b.build(), 74)));
        b.checkIns(heldExcept(10, 11));
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "EXIT@74"), timeline(on(b.build(), 80)),
                "week 11 ends after day 74: one missed check-in only");
    }

    @Test
    void outcomeLaggingDespiteBehaviourIsFlaggedWhenBehaviourIsMet() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.concat(b.build().targets(), List.of(Plans.outcome("revenue", 100, 150))));
        Plans.observed(b, 1, 8, w -> 15);
        b.observations(Plans.override(b, "revenue", 1, 8, w -> 100));
        Evaluation e = on(b.build(), 60);
        assertEquals(List.of("CONTINUE@30", "PASS@60"), timeline(e));
        assertEquals(2, findings(e, "OUTCOME_LAGGING_DESPITE_BEHAVIOUR").size(), "flagged at the gate and at PASS");
        assertEquals(Severity.WARNING, findings(e, "OUTCOME_LAGGING_DESPITE_BEHAVIOUR").get(0).severity());
        assertTrue(e.reasons().stream().filter(r -> "revenue".equals(r.evidence().get("target")) && r.message().contains("missed"))
                .allMatch(r -> r.message().endsWith("It is an outcome target: secondary, it never decides a gate or the end.")),
                "a missed outcome target is explained as secondary beside a passed gate");
        assertFalse(e.reasons().stream().noneMatch(r -> "revenue".equals(r.evidence().get("target"))));
        b.observations(Plans.override(b, "revenue", 1, 8, w -> 101));
        assertTrue(findings(on(b.build(), 60), "OUTCOME_LAGGING_DESPITE_BEHAVIOUR").isEmpty());
    }

    @Test
    void targetConcentratedImprovementIsFlaggedAtPassWhenTrackedMetricsDidNotImprove() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 8, w -> 15);
        b.trackedMetrics(List.of(new TrackedMetric("win-rate", Optional.of("Win rate"), Direction.AT_LEAST,
                OptionalDouble.of(0.3))));
        List<Observation> obs = Plans.concat(b.build().observations(), Plans.weekly("win-rate", 1, 8, w -> 0.3));
        Evaluation flat = on(b.observations(obs).build(), 60);
        assertEquals(List.of("CONTINUE@30", "PASS@60"), timeline(flat));
        assertEquals(1, findings(flat, "TARGET_CONCENTRATED_IMPROVEMENT").size());
        List<Observation> better = Plans.concat(Plans.observed(Plans.base(), 1, 8, w -> 15).build().observations(),
                Plans.weekly("win-rate", 1, 8, w -> 0.35));
        assertTrue(findings(on(b.observations(better).build(), 60), "TARGET_CONCENTRATED_IMPROVEMENT").isEmpty());
    }

    @Test
    void targetConcentratedImprovementComparesWithTheFirstWeeksWhenNoBaselineIsGiven() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 8, w -> 15);
        b.trackedMetrics(List.of(new TrackedMetric("win-rate", Optional.empty(), Direction.AT_LEAST,
                OptionalDouble.empty())));
        b.observations(Plans.concat(b.build().observations(), Plans.weekly("win-rate", 1, 8, w -> w <= 4 ? 0.4 : 0.3)));
        Evaluation e = on(b.build(), 60);
        assertEquals(1, findings(e, "TARGET_CONCENTRATED_IMPROVEMENT").size());
        assertTrue(findings(on(b.build(), 30), "TARGET_CONCENTRATED_IMPROVEMENT").isEmpty(), "only at PASS");
    }
}
