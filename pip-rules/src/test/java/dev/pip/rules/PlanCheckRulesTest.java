package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Approvals;
import dev.pip.core.Diagnosis;
import dev.pip.core.Direction;
import dev.pip.core.Finding;
import dev.pip.core.Recommendation;
import dev.pip.core.RootCause;
import dev.pip.core.Severity;
import dev.pip.core.SupportCommitment;
import dev.pip.rules.facts.Active;
import dev.pip.rules.facts.Blocked;
import dev.pip.rules.facts.PlanFact;
import dev.pip.rules.facts.PlanLimits;
import dev.pip.rules.facts.Recommended;
import dev.pip.rules.facts.TargetFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One focused test per rule of plan-checks.drl (DOMAIN.md section 2): the facts that fire it, and a near miss. */
class PlanCheckRulesTest {

    private static TargetFact behavioural(String id) {
        return new TargetFact(id, id, true, Direction.AT_LEAST, true, 8, true, 15, true);
    }

    private static TargetFact outcome(String id) {
        return new TargetFact(id, id, false, Direction.AT_LEAST, true, 8, true, 15, true);
    }

    private static List<Object> targets(int behavioural, int outcome) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < behavioural; i++) {
            out.add(behavioural("b" + i));
        }
        for (int i = 0; i < outcome; i++) {
            out.add(outcome("o" + i));
        }
        return out;
    }

    private static List<String> codes(Object... facts) {
        return RuleHarness.run(facts).facts(Finding.class).stream().map(Finding::code).toList();
    }

    private static List<String> codes(List<Object> facts) {
        return codes(facts.toArray());
    }

    private static Diagnosis diagnosis(RootCause cause, List<String> resources, boolean conversation) {
        return new Diagnosis(cause, Optional.empty(), 3, true, false, false, 0, resources, conversation);
    }

    @Test
    void planCheckLimits() {
        RuleHarness h = RuleHarness.run();
        assertTrue(h.fired("Plan-check limits"));
        assertEquals(List.of(new PlanLimits(3, 5, 1, 30, 90, 60, 1.0)), h.facts(PlanLimits.class));
    }

    @Test
    void tooFewBehaviouralTargets() {
        assertTrue(codes(targets(2, 1)).contains("TOO_FEW_BEHAVIOURAL_TARGETS"));
        assertTrue(codes(targets(0, 0)).contains("TOO_FEW_BEHAVIOURAL_TARGETS"), "no target at all is too few");
        assertFalse(codes(targets(3, 1)).contains("TOO_FEW_BEHAVIOURAL_TARGETS"));
    }

    @Test
    void tooManyBehaviouralTargets() {
        assertTrue(codes(targets(6, 0)).contains("TOO_MANY_BEHAVIOURAL_TARGETS"));
        assertFalse(codes(targets(5, 0)).contains("TOO_MANY_BEHAVIOURAL_TARGETS"));
    }

    @Test
    void tooManyOutcomeTargets() {
        assertTrue(codes(targets(3, 2)).contains("TOO_MANY_OUTCOME_TARGETS"));
        assertFalse(codes(targets(3, 1)).contains("TOO_MANY_OUTCOME_TARGETS"));
    }

    @Test
    void targetWithoutBaseline() {
        assertTrue(codes(new TargetFact("o", "o", false, Direction.AT_LEAST, false, 0, true, 15, true))
                .contains("TARGET_WITHOUT_BASELINE"), "outcome targets need one too");
        assertFalse(codes(outcome("o")).contains("TARGET_WITHOUT_BASELINE"));
    }

    @Test
    void targetWithoutGoal() {
        assertTrue(codes(new TargetFact("b", "b", true, Direction.AT_LEAST, true, 8, false, 0, true))
                .contains("TARGET_WITHOUT_GOAL"));
        assertFalse(codes(behavioural("b")).contains("TARGET_WITHOUT_GOAL"));
    }

    @Test
    void targetWithoutMeasurementSource() {
        assertTrue(codes(new TargetFact("b", "b", true, Direction.AT_LEAST, true, 8, true, 15, false))
                .contains("TARGET_WITHOUT_SOURCE"));
        assertFalse(codes(behavioural("b")).contains("TARGET_WITHOUT_SOURCE"));
    }

    @Test
    void goalNotBetterThanBaseline() {
        String code = "GOAL_NOT_BETTER_THAN_BASELINE";
        assertTrue(codes(new TargetFact("b", "b", true, Direction.AT_LEAST, true, 8, true, 8, true)).contains(code));
        assertTrue(codes(new TargetFact("b", "b", true, Direction.AT_MOST, true, 8, true, 9, true)).contains(code));
        assertFalse(codes(new TargetFact("b", "b", true, Direction.AT_MOST, true, 8, true, 7, true)).contains(code));
        assertFalse(codes(behavioural("b")).contains(code));
        assertFalse(codes(new TargetFact("b", "b", true, Direction.AT_LEAST, false, 0, true, 0, true)).contains(code),
                "without a baseline there is nothing to compare");
    }

    @Test
    void windowOutOfRange() {
        assertTrue(codes(Facts.POLICY, Facts.plan(91, 1)).contains("WINDOW_OUT_OF_RANGE"));
        assertTrue(codes(Facts.policy("gateDay", 28), Facts.plan(29, 1)).contains("WINDOW_OUT_OF_RANGE"));
        assertFalse(codes(Facts.POLICY, Facts.plan(90, 1)).contains("WINDOW_OUT_OF_RANGE"));
        assertFalse(codes(Facts.POLICY, Facts.plan(30, 1)).contains("WINDOW_OUT_OF_RANGE"));
    }

    @Test
    void noWeekAfterTheGate() {
        assertTrue(codes(Facts.POLICY, Facts.plan(36, 1)).contains("NO_WEEK_AFTER_GATE"));
        assertTrue(codes(Facts.POLICY, Facts.plan(31, 1)).contains("NO_WEEK_AFTER_GATE"));
        assertFalse(codes(Facts.POLICY, Facts.plan(37, 1)).contains("NO_WEEK_AFTER_GATE"));
        assertFalse(codes(Facts.POLICY, Facts.plan(30, 1)).contains("NO_WEEK_AFTER_GATE"));
        assertTrue(codes(Facts.policy("gateDay", 40), Facts.plan(46, 1)).contains("NO_WEEK_AFTER_GATE"));
    }

    @Test
    void gateAfterTheEndOfTheWindow() {
        assertTrue(codes(Facts.policy("gateDay", 31), Facts.plan(30, 1)).contains("GATE_AFTER_WINDOW"));
        assertFalse(codes(Facts.policy("gateDay", 30), Facts.plan(30, 1)).contains("GATE_AFTER_WINDOW"));
    }

    @Test
    void slowWindow() {
        assertTrue(codes(Facts.POLICY, Facts.plan(61, 1)).contains("SLOW_WINDOW"));
        assertFalse(codes(Facts.POLICY, Facts.plan(60, 1)).contains("SLOW_WINDOW"));
    }

    @Test
    void skillPlanWithoutResources() {
        assertTrue(codes(diagnosis(RootCause.SKILL, List.of(), true)).contains("SKILL_WITHOUT_RESOURCES"));
        assertFalse(codes(diagnosis(RootCause.SKILL, List.of("LMS course"), false)).contains("SKILL_WITHOUT_RESOURCES"));
        assertFalse(codes(diagnosis(RootCause.EFFORT, List.of(), true)).contains("SKILL_WITHOUT_RESOURCES"));
    }

    @Test
    void effortPlanWithoutExpectationsConversation() {
        String code = "EFFORT_WITHOUT_EXPECTATIONS_CONVERSATION";
        assertTrue(codes(diagnosis(RootCause.EFFORT, List.of("x"), false)).contains(code));
        assertFalse(codes(diagnosis(RootCause.EFFORT, List.of(), true)).contains(code));
        assertFalse(codes(diagnosis(RootCause.SKILL, List.of("x"), false)).contains(code));
    }

    @Test
    void noSupportCommitment() {
        assertTrue(codes().contains("NO_SUPPORT_COMMITMENT"));
        assertFalse(codes(new SupportCommitment("COACHING", 1)).contains("NO_SUPPORT_COMMITMENT"));
    }

    @Test
    void checkInsLessOftenThanWeekly() {
        assertTrue(codes(new PlanFact("P", Plans.START, 60, 1, 0.5)).contains("CHECK_INS_LESS_THAN_WEEKLY"));
        assertFalse(codes(new PlanFact("P", Plans.START, 60, 1, 1)).contains("CHECK_INS_LESS_THAN_WEEKLY"));
    }

    @Test
    void recommendationIsNotPip() {
        assertTrue(codes(new Recommended(Recommendation.COACH_FIRST)).contains("RECOMMENDATION_NOT_PIP"));
        assertFalse(codes(new Recommended(Recommendation.PIP)).contains("RECOMMENDATION_NOT_PIP"));
    }

    @Test
    void missingHrReview() {
        assertTrue(codes(new Approvals(false, true, true)).contains("MISSING_HR_REVIEW"));
        assertFalse(codes(Approvals.all()).contains("MISSING_HR_REVIEW"));
    }

    @Test
    void missingRepSignature() {
        assertTrue(codes(new Approvals(true, false, true)).contains("MISSING_REP_SIGNATURE"));
        assertFalse(codes(Approvals.all()).contains("MISSING_REP_SIGNATURE"));
    }

    @Test
    void missingManagerSignature() {
        assertTrue(codes(new Approvals(true, true, false)).contains("MISSING_MANAGER_SIGNATURE"));
        assertFalse(codes(Approvals.all()).contains("MISSING_MANAGER_SIGNATURE"));
    }

    @Test
    void planIsActiveAndPlanCannotBeActivated() {
        List<Object> fine = targets(3, 0);
        fine.add(new SupportCommitment("COACHING", 1));
        RuleHarness active = RuleHarness.run(fine);
        assertTrue(active.fired("Plan is active"));
        assertEquals(1, active.facts(Active.class).size());
        assertTrue(active.facts(Blocked.class).isEmpty());
        assertTrue(active.facts(Finding.class).stream().noneMatch(f -> f.severity() == Severity.ERROR));

        RuleHarness blocked = RuleHarness.run(targets(3, 0));
        assertTrue(blocked.fired("Plan cannot be activated"));
        assertEquals(1, blocked.facts(Blocked.class).size());
        assertTrue(blocked.facts(Active.class).isEmpty(), "an ERROR withdraws the activation");
    }
}
