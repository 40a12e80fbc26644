package dev.pip.rules;

import static dev.pip.rules.Scenarios.on;
import static dev.pip.rules.Scenarios.reasons;
import static dev.pip.rules.Scenarios.timeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The final decision with extend-once, walked on whole plans (specification, sections 2 and 6). */
class FinalDecisionScenarioTest {

    /** A 60-day plan meeting the gate, then every target at {@code after} from week 5 on. */
    private static PlanDocument.Builder gatePassedThen(IntToDoubleFunction after) {
        return Plans.observed(Plans.base(), 1, 20, w -> w <= 4 ? 15 : after.applyAsDouble(w));
    }

    @Test
    void passWhenEveryBehaviouralTargetIsMetAtTheEnd() {
        Evaluation e = on(gatePassedThen(w -> 16).build(), 60);
        assertEquals(List.of("CONTINUE@30", "PASS@60"), timeline(e));
        assertEquals(1, reasons(e, "Every behavioural target met at the end").size());
        assertFalse(e.humanReviewRequired());
    }

    @Test
    void extendThenPassOnTheExtensionWeeks() {
        // Weeks 5-8 at 12: (12 - 8) / (15 - 8) = 57% of the gap; weeks 9-10 meet the goal.
        PlanDocument plan = gatePassedThen(w -> w <= 8 ? 12 : 15).build();
        assertEquals(List.of("CONTINUE@30", "EXTEND@60"), timeline(on(plan, 73)));
        Evaluation e = on(plan, 74);
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "PASS@74"), timeline(e));
        assertEquals("weeks 9-10", reasons(e, "Every behavioural target met at the end").stream()
                .filter(r -> r.message().contains("weeks 9-10")).findFirst().orElseThrow().evidence().get("weeks"));
    }

    @Test
    void extendThenExitWhenTheExtensionWeeksFallBack() {
        Evaluation e = on(gatePassedThen(w -> w <= 8 ? 12 : 9).build(), 74);
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "EXIT@74"), timeline(e));
        assertTrue(e.humanReviewRequired());
    }

    @Test
    void neverASecondExtensionEvenWithMeaningfulImprovementAgain() {
        Evaluation e = on(gatePassedThen(w -> 12).build(), 100);
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "EXIT@74"), timeline(e));
        assertEquals(1, reasons(e, "No extension left").size());
    }

    @Test
    void improvementExactlyAtTheImprovementShareExtends() {
        // (11.5 - 8) / (15 - 8) = 0.5 exactly.
        assertEquals(List.of("CONTINUE@30", "EXTEND@60"), timeline(on(gatePassedThen(w -> 11.5).build(), 60)));
    }

    @Test
    void improvementExactlyAtTheImprovementShareInDecimalsExtends() {
        // 10.0 + 10.4 + 12.7 + 12.9 = 46 on paper but 45.99999999999999 in binary floating point:
        // the judged value is 11.5 and closes exactly half of the gap, as a person computes it.
        double[] weeks5to8 = {10.0, 10.4, 12.7, 12.9};
        Evaluation e = on(gatePassedThen(w -> w <= 8 ? weeks5to8[w - 5] : 15).build(), 60);
        assertEquals(List.of("CONTINUE@30", "EXTEND@60"), timeline(e));
        assertEquals(11.5, reasons(e, "Unmet target's improvement judged").get(0).evidence().get("judgedValue"));
    }

    @Test
    void improvementJustBelowTheImprovementShareExits() {
        Evaluation e = on(gatePassedThen(w -> 11.49).build(), 60);
        assertEquals(List.of("CONTINUE@30", "EXIT@60"), timeline(e));
        assertEquals(1, reasons(e, "No meaningful improvement at the end").size());
    }

    @Test
    void improvementIsMeasuredWithTheMeanOfTheJudgedWeeks() {
        // EVERY_WEEK target missed in week 6 only; mean (15 + 9 + 15 + 15) / 4 = 13.5 closes 79%.
        PlanDocument.Builder b = gatePassedThen(w -> 15);
        PlanDocument plan = b.observations(Plans.override(b, "calls", 6, 6, w -> 9)).build();
        Evaluation e = on(plan, 60);
        assertEquals(Decision.EXTEND, e.decision());
        assertEquals(13.5, reasons(e, "Unmet target's improvement judged").get(0).evidence().get("judgedValue"));
    }

    @Test
    void oneUnmetTargetWithoutEnoughImprovementExitsEvenIfAnotherImprovedEnough() {
        PlanDocument.Builder b = gatePassedThen(w -> w <= 8 ? 12 : 15);
        PlanDocument plan = b.observations(Plans.override(b, "demos", 5, 8, w -> 9)).build();
        assertEquals(List.of("CONTINUE@30", "EXIT@60"), timeline(on(plan, 60)));
    }

    @Test
    void atMostTargetUsesTheSameGapFormula() {
        // Baseline 20, goal 10, mean 15: (15 - 20) / (10 - 20) = 0.5.
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 20, 10, Direction.AT_MOST, Judged.EVERY_WEEK,
                Double.NaN, Double.NaN)));
        Plans.observed(b, 1, 10, w -> 15);
        b.observations(Plans.override(b, "calls", 1, 10, w -> w <= 4 ? 10 : 15));
        assertEquals(List.of("CONTINUE@30", "EXTEND@60"), timeline(on(b.build(), 60)));
        b.observations(Plans.override(b, "calls", 5, 8, w -> 15.5));
        assertEquals(List.of("CONTINUE@30", "EXIT@60"), timeline(on(b.build(), 60)));
    }

    @Test
    void goalEqualToItsBaselineClosesNothing() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 15, 15, Direction.AT_LEAST, Judged.EVERY_WEEK,
                Double.NaN, Double.NaN)));
        Plans.observed(b, 1, 10, w -> 15);
        b.observations(Plans.override(b, "calls", 5, 8, w -> 14.9));
        Evaluation e = on(b.build(), 60);
        assertEquals(List.of("CONTINUE@30", "EXIT@60"), timeline(e));
        assertEquals(1, Scenarios.findings(e, "GOAL_NOT_BETTER_THAN_BASELINE").size());
    }

    @Test
    void goalInExtensionIsTheGoalOfTheExtensionWeeks() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.EVERY_WEEK,
                Double.NaN, 13)));
        Plans.observed(b, 1, 20, w -> w <= 4 ? 15 : w <= 8 ? 12 : 15);
        PlanDocument plan = b.observations(Plans.override(b, "calls", 9, 10, w -> 13)).build();
        Evaluation e = on(plan, 74);
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "PASS@74"), timeline(e));
        assertEquals(13.0, reasons(e, "Target met is explained").stream()
                .filter(r -> r.evidence().get("target").equals("calls") && r.message().contains("weeks 9-10"))
                .findFirst().orElseThrow().evidence().get("goal"));
    }

    @Test
    void thirtyDayPlanWhoseGateIsFinalPasses() {
        PlanDocument plan = Plans.observed(Plans.base().windowDays(30), 1, 4, w -> 15).build();
        Evaluation e = on(plan, 30);
        assertEquals(List.of("PASS@30"), timeline(e));
        assertTrue(reasons(e, "Gate passed").isEmpty(), "a 30-day plan never CONTINUEs");
    }

    @Test
    void thirtyDayPlanWhoseGateIsFinalExtendsThenPasses() {
        PlanDocument plan = Plans.observed(Plans.base().windowDays(30), 1, 6, w -> w <= 4 ? 12 : 15).build();
        assertEquals(List.of("EXTEND@30", "PASS@44"), timeline(on(plan, 44)));
    }

    @Test
    void thirtyDayPlanWhoseGateIsFinalExits() {
        PlanDocument plan = Plans.observed(Plans.base().windowDays(30), 1, 6, w -> 9).build();
        Evaluation e = on(plan, 44);
        assertEquals(List.of("EXIT@30"), timeline(e));
        assertEquals(1, reasons(e, "No meaningful improvement at the end").size());
    }

    @Test
    void thirtyDayPlanNeverUsesTheGoalAfterTheGate() {
        PlanDocument.Builder b = Plans.base().windowDays(30);
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.EVERY_WEEK,
                25, Double.NaN)));
        PlanDocument plan = Plans.observed(b, 1, 14, w -> w <= 4 ? 12 : 15).build();
        Evaluation extended = on(plan, 44);
        assertEquals(List.of("EXTEND@30", "PASS@44"), timeline(extended), "the extension keeps the goal 15");
        Evaluation monitored = on(plan, 104);
        assertEquals(List.of("EXTEND@30", "PASS@44", "CLOSED@104"), timeline(monitored),
                "monitoring keeps the last goal in force, 15, never goalAfterGate");
    }

    @Test
    void thirtyDayPlanPassedAtItsGateIsMonitoredOnItsGoalNotTheGoalAfterTheGate() {
        PlanDocument.Builder b = Plans.base().windowDays(30);
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.EVERY_WEEK,
                25, Double.NaN)));
        PlanDocument plan = Plans.observed(b, 1, 12, w -> 15).build();
        assertEquals(List.of("PASS@30", "CLOSED@90"), timeline(on(plan, 90)), "monitoring weeks 5-12 at goal 15");
    }

    @Test
    void monitoringKeepsTheLastGoalInForceAfterAnExtension() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.EVERY_WEEK,
                Double.NaN, 13)));
        PlanDocument plan = Plans.observed(b, 1, 20, w -> w <= 4 ? 15 : w <= 8 ? 12 : 13.5).build();
        // Monitoring weeks 11-19 at 13.5 meet the extension goal 13 for calls but miss 15 for the others.
        Evaluation e = on(plan, 134);
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "EXIT@74"), timeline(e),
                "demos and followups keep goal 15 in the extension: 13.5 misses it and no extension is left");
    }
}
