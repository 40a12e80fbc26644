package dev.pip.rules;

import static dev.pip.rules.Scenarios.on;
import static dev.pip.rules.Scenarios.reasons;
import static dev.pip.rules.Scenarios.timeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Approvals;
import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 30-day gate walked on whole plans (specification, sections 3 and 5), and when nothing is decided yet. */
class GateScenarioTest {

    @Test
    void gateContinuesWhenEveryBehaviouralTargetMeetsItsGoalEveryWeek() {
        PlanDocument plan = Plans.observed(Plans.base(), 1, 4, w -> 15).build();
        Evaluation e = on(plan, 30);
        assertEquals(List.of("CONTINUE@30"), timeline(e));
        assertEquals(Decision.CONTINUE, e.decision());
        assertFalse(e.humanReviewRequired());
        assertEquals(1, reasons(e, "Gate passed").size());
        assertEquals(3, reasons(e, "Target met is explained").size());
        assertEquals(Plans.day(30), e.timeline().get(0).date());
    }

    @Test
    void gateExitsWhenOneWeekOfAnEveryWeekTargetMissesItsGoal() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 20);
        PlanDocument plan = b.observations(Plans.override(b, "demos", 3, 3, w -> 14.9)).build();
        Evaluation e = on(plan, 30);
        assertEquals(List.of("EXIT@30"), timeline(e));
        assertTrue(e.humanReviewRequired(), "an EXIT is never automatic");
        java.util.Map<String, Object> evidence = reasons(e, "Every-week target missed in a week").get(0).evidence();
        assertEquals("demos", evidence.get("target"));
        assertEquals(List.of(20.0, 20.0, 14.9, 20.0), evidence.get("weeklyValues"), "values against the goal");
        assertEquals(15.0, evidence.get("goal"));
        assertEquals("weeks 1-4", evidence.get("weeks"), "the weeks judged");
        assertEquals(1, reasons(e, "Gate failed").size());
    }

    @Test
    void gateHasNoExtensionEvenWhenEveryUnmetTargetImprovedMeaningfully() {
        // 14 every week closes 6/7 of the gap from 8 to 15, yet the gate is binary.
        PlanDocument plan = Plans.observed(Plans.base(), 1, 8, w -> 14).build();
        Evaluation e = on(plan, 45);
        assertEquals(List.of("EXIT@30"), timeline(e));
        assertEquals(Decision.EXIT, e.decision());
    }

    @Test
    void averageTargetPassesTheGateOnItsMeanDespiteOneWeakWeek() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.AVERAGE,
                Double.NaN, Double.NaN)));
        Plans.observed(b, 1, 4, w -> 15);
        PlanDocument plan = b.observations(Plans.override(b, "calls", 1, 4, w -> w == 2 ? 12 : 16)).build();
        assertEquals(List.of("CONTINUE@30"), timeline(on(plan, 30)));
    }

    @Test
    void atMostTargetMeetsItsGoalAtOrBelowIt() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 20, 10, Direction.AT_MOST, Judged.EVERY_WEEK,
                Double.NaN, Double.NaN)));
        Plans.observed(b, 1, 4, w -> 15);
        PlanDocument met = b.observations(Plans.override(b, "calls", 1, 4, w -> 10)).build();
        assertEquals(List.of("CONTINUE@30"), timeline(on(met, 30)));
        PlanDocument missed = b.observations(Plans.override(b, "calls", 1, 4, w -> w == 4 ? 10.5 : 10)).build();
        assertEquals(List.of("EXIT@30"), timeline(on(missed, 30)));
    }

    @Test
    void outcomeTargetNeverDecidesTheGate() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.concat(b.build().targets(), List.of(Plans.outcome("revenue", 100, 200))));
        PlanDocument plan = Plans.observed(b, 1, 4, w -> 15).build();
        assertEquals(List.of("CONTINUE@30"), timeline(on(plan, 30)));
        PlanDocument noOutcomeData = b.observations(b.build().observations().stream()
                .filter(o -> !o.metric().equals("revenue")).toList()).build();
        assertEquals(List.of("CONTINUE@30"), timeline(on(noOutcomeData, 30)));
    }

    @Test
    void outcomeTargetBelowItsGoalIsNeitherMetNorOnTrackRelevant() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.concat(b.build().targets(), List.of(Plans.outcome("revenue", 100, 200))));
        Plans.observed(b, 1, 4, w -> 15);
        Evaluation e = on(b.observations(Plans.override(b, "revenue", 1, 4, w -> 120)).build(), 30);
        assertEquals(List.of("CONTINUE@30"), timeline(e));
        assertTrue(reasons(e, "Target met is explained").stream()
                .noneMatch(r -> r.evidence().get("target").equals("revenue")), "120 does not meet 200");
        assertEquals(List.of("calls", "demos", "followups", "revenue"), e.weeks().get(0).targets().stream()
                .map(t -> t.target()).toList(), "the weekly checkpoint shows every target");
        assertEquals(dev.pip.core.CheckpointStatus.NOT_MET, e.weeks().get(0).targets().get(3).status());
        assertTrue(e.weeks().stream().allMatch(w -> w.onTrack()), "only behavioural targets decide ON_TRACK");
    }

    @Test
    void pendingBeforeTheStartDateWithAnEmptyTimeline() {
        PlanDocument plan = Plans.observed(Plans.base(), 1, 4, w -> 15).build();
        Evaluation e = Scenarios.at(plan, Plans.START.minusDays(1));
        assertEquals(Decision.PENDING, e.decision());
        assertTrue(e.timeline().isEmpty());
        assertTrue(e.weeks().isEmpty());
    }

    @Test
    void pendingUntilTheGateDayIsReached() {
        PlanDocument plan = Plans.observed(Plans.base(), 1, 4, w -> 15).build();
        Evaluation e = on(plan, 29);
        assertEquals(Decision.PENDING, e.decision());
        assertTrue(e.timeline().isEmpty());
        assertEquals(Decision.CONTINUE, on(plan, 30).decision());
    }

    @Test
    void planThatCannotBeActivatedIsNotActivatableWithAnEmptyTimeline() {
        PlanDocument plan = Plans.observed(Plans.base(), 1, 8, w -> 15)
                .approvals(new Approvals(true, false, true)).build();
        Evaluation e = on(plan, 90);
        assertEquals(Decision.NOT_ACTIVATABLE, e.decision());
        assertTrue(e.timeline().isEmpty());
        assertTrue(e.weeks().isEmpty());
        assertEquals(List.of("MISSING_REP_SIGNATURE"), Scenarios.findings(e, "MISSING_REP_SIGNATURE").stream()
                .map(f -> f.code()).toList());
        assertEquals(Decision.NOT_ACTIVATABLE, Scenarios.at(plan, Plans.START.minusDays(3)).decision(),
                "a plan that cannot be activated says so before its start too");
    }

    @Test
    void escalatedGoalAppliesAfterTheGateOnly() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.EVERY_WEEK,
                18, Double.NaN)));
        Plans.observed(b, 1, 8, w -> 15);
        PlanDocument atOldGoal = b.build();
        Evaluation e = on(atOldGoal, 60);
        assertEquals("CONTINUE@30", timeline(e).get(0), "the escalated goal does not apply up to the gate");
        assertEquals(Decision.EXTEND, e.decision(), "15 misses the escalated goal of 18 after the gate");
        assertEquals(18.0, reasons(e, "Every-week target missed in a week").get(0).evidence().get("goal"));
        assertEquals(0.7, (Double) reasons(e, "Unmet target's improvement judged").get(0).evidence().get("gapClosed"),
                1e-9, "the gap is measured to the goal in force: (15 - 8) / (18 - 8)");
        PlanDocument atNewGoal = b.observations(Plans.override(b, "calls", 5, 8, w -> 18)).build();
        assertEquals(List.of("CONTINUE@30", "PASS@60"), timeline(on(atNewGoal, 60)));
    }
}
