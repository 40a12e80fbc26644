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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One focused test per rule of plan-checks.drl (specification, section 2): the facts that fire it, and a near miss. */
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

    /** Runs the rules on {@code facts} with the limits the engine always inserts. */
    private static RuleHarness checks(Collection<?> facts) {
        List<Object> all = new ArrayList<>(facts);
        all.add(PlanLimits.STANDARD);
        return RuleHarness.run(all);
    }

    private static RuleHarness checks(Object... facts) {
        return checks(List.of(facts));
    }

    /** Whether {@code code} was found; asserts that {@code rule} fired exactly when it was. */
    private static boolean finds(String rule, String code, Object... facts) {
        RuleHarness h = checks(facts);
        boolean found = h.facts(Finding.class).stream().anyMatch(f -> f.code().equals(code));
        assertEquals(found, h.fired(rule), rule + " fired, or not, with " + code);
        return found;
    }

    private static boolean finds(String rule, String code, List<Object> facts) {
        return finds(rule, code, facts.toArray());
    }

    private static Diagnosis diagnosis(RootCause cause, List<String> resources, boolean conversation) {
        return new Diagnosis(cause, Optional.empty(), 3, true, false, false, 0, resources, conversation);
    }

    @Test
    void planChecksReadTheStandardLimits() {
        assertEquals(new PlanLimits(3, 5, 1, 30, 90, 60, 1.0, 7), PlanLimits.STANDARD, "the specification's limits");
        List<Object> twoTargets = targets(2, 0);
        assertTrue(checks(twoTargets).fired("Too few behavioural targets"));
        assertFalse(RuleHarness.run(twoTargets).fired("Too few behavioural targets"),
                "no rule makes up limits: they come from the engine");
    }

    @Test
    void tooFewBehaviouralTargets() {
        assertTrue(finds("Too few behavioural targets", "TOO_FEW_BEHAVIOURAL_TARGETS", targets(2, 1)));
        assertTrue(finds("Too few behavioural targets", "TOO_FEW_BEHAVIOURAL_TARGETS", targets(0, 0)), "no target at all is too few");
        assertFalse(finds("Too few behavioural targets", "TOO_FEW_BEHAVIOURAL_TARGETS", targets(3, 1)));
    }

    @Test
    void tooManyBehaviouralTargets() {
        assertTrue(finds("Too many behavioural targets", "TOO_MANY_BEHAVIOURAL_TARGETS", targets(6, 0)));
        assertFalse(finds("Too many behavioural targets", "TOO_MANY_BEHAVIOURAL_TARGETS", targets(5, 0)));
    }

    @Test
    void tooManyOutcomeTargets() {
        assertTrue(finds("Too many outcome targets", "TOO_MANY_OUTCOME_TARGETS", targets(3, 2)));
        assertFalse(finds("Too many outcome targets", "TOO_MANY_OUTCOME_TARGETS", targets(3, 1)));
    }

    @Test
    void targetWithoutBaseline() {
        assertTrue(finds("Target without baseline", "TARGET_WITHOUT_BASELINE", new TargetFact("o", "o", false, Direction.AT_LEAST, false, 0, true, 15, true)), "outcome targets need one too");
        assertFalse(finds("Target without baseline", "TARGET_WITHOUT_BASELINE", outcome("o")));
    }

    @Test
    void targetWithoutGoal() {
        assertTrue(finds("Target without goal", "TARGET_WITHOUT_GOAL", new TargetFact("b", "b", true, Direction.AT_LEAST, true, 8, false, 0, true)));
        assertFalse(finds("Target without goal", "TARGET_WITHOUT_GOAL", behavioural("b")));
    }

    @Test
    void targetWithoutMeasurementSource() {
        assertTrue(finds("Target without measurement source", "TARGET_WITHOUT_SOURCE", new TargetFact("b", "b", true, Direction.AT_LEAST, true, 8, true, 15, false)));
        assertFalse(finds("Target without measurement source", "TARGET_WITHOUT_SOURCE", behavioural("b")));
    }

    @Test
    void goalNotBetterThanBaseline() {
        String code = "GOAL_NOT_BETTER_THAN_BASELINE";
        String rule = "Goal not better than baseline";
        assertTrue(finds(rule, code, new TargetFact("b", "b", true, Direction.AT_LEAST, true, 8, true, 8, true)));
        assertTrue(finds(rule, code, new TargetFact("b", "b", true, Direction.AT_MOST, true, 8, true, 9, true)));
        assertFalse(finds(rule, code, new TargetFact("b", "b", true, Direction.AT_MOST, true, 8, true, 7, true)));
        assertFalse(finds(rule, code, behavioural("b")));
        assertFalse(finds(rule, code, new TargetFact("b", "b", true, Direction.AT_LEAST, false, 0, true, 0, true)),
                "without a baseline there is nothing to compare");
    }

    @Test
    void windowOutOfRange() {
        assertTrue(finds("Window out of range", "WINDOW_OUT_OF_RANGE", Facts.POLICY, Facts.plan(91, 1)));
        assertTrue(finds("Window out of range", "WINDOW_OUT_OF_RANGE", Facts.policy("gateDay", 28), Facts.plan(29, 1)));
        assertFalse(finds("Window out of range", "WINDOW_OUT_OF_RANGE", Facts.POLICY, Facts.plan(90, 1)));
        assertFalse(finds("Window out of range", "WINDOW_OUT_OF_RANGE", Facts.POLICY, Facts.plan(30, 1)));
    }

    @Test
    void noWeekAfterTheGate() {
        assertTrue(finds("No week after the gate", "NO_WEEK_AFTER_GATE", Facts.POLICY, Facts.plan(36, 1)));
        assertTrue(finds("No week after the gate", "NO_WEEK_AFTER_GATE", Facts.POLICY, Facts.plan(31, 1)));
        assertFalse(finds("No week after the gate", "NO_WEEK_AFTER_GATE", Facts.POLICY, Facts.plan(37, 1)));
        assertFalse(finds("No week after the gate", "NO_WEEK_AFTER_GATE", Facts.POLICY, Facts.plan(30, 1)));
        assertTrue(finds("No week after the gate", "NO_WEEK_AFTER_GATE", Facts.policy("gateDay", 40), Facts.plan(46, 1)));
    }

    @Test
    void gateAfterTheEndOfTheWindow() {
        assertTrue(finds("Gate after the end of the window", "GATE_AFTER_WINDOW", Facts.policy("gateDay", 31), Facts.plan(30, 1)));
        assertFalse(finds("Gate after the end of the window", "GATE_AFTER_WINDOW", Facts.policy("gateDay", 30), Facts.plan(30, 1)));
    }

    @Test
    void slowWindow() {
        assertTrue(finds("Slow window", "SLOW_WINDOW", Facts.POLICY, Facts.plan(61, 1)));
        assertFalse(finds("Slow window", "SLOW_WINDOW", Facts.POLICY, Facts.plan(60, 1)));
    }

    @Test
    void skillPlanWithoutResources() {
        assertTrue(finds("Skill plan without resources", "SKILL_WITHOUT_RESOURCES", diagnosis(RootCause.SKILL, List.of(), true)));
        assertFalse(finds("Skill plan without resources", "SKILL_WITHOUT_RESOURCES", diagnosis(RootCause.SKILL, List.of("LMS course"), false)));
        assertFalse(finds("Skill plan without resources", "SKILL_WITHOUT_RESOURCES", diagnosis(RootCause.EFFORT, List.of(), true)));
    }

    @Test
    void effortPlanWithoutExpectationsConversation() {
        String code = "EFFORT_WITHOUT_EXPECTATIONS_CONVERSATION";
        String rule = "Effort plan without expectations conversation";
        assertTrue(finds(rule, code, diagnosis(RootCause.EFFORT, List.of("x"), false)));
        assertFalse(finds(rule, code, diagnosis(RootCause.EFFORT, List.of(), true)));
        assertFalse(finds(rule, code, diagnosis(RootCause.SKILL, List.of("x"), false)));
    }

    @Test
    void noSupportCommitment() {
        assertTrue(finds("No support commitment", "NO_SUPPORT_COMMITMENT"));
        assertFalse(finds("No support commitment", "NO_SUPPORT_COMMITMENT", new SupportCommitment("COACHING", 1)));
    }

    @Test
    void checkInsLessOftenThanWeekly() {
        assertTrue(finds("Check-ins less often than weekly", "CHECK_INS_LESS_THAN_WEEKLY", new PlanFact("P", Plans.START, 60, 1, 0.5)));
        assertFalse(finds("Check-ins less often than weekly", "CHECK_INS_LESS_THAN_WEEKLY", new PlanFact("P", Plans.START, 60, 1, 1)));
    }

    @Test
    void recommendationIsNotPip() {
        assertTrue(finds("Recommendation is not PIP", "RECOMMENDATION_NOT_PIP", new Recommended(Recommendation.COACH_FIRST)));
        assertFalse(finds("Recommendation is not PIP", "RECOMMENDATION_NOT_PIP", new Recommended(Recommendation.PIP)));
    }

    @Test
    void missingHrReview() {
        assertTrue(finds("Missing HR review", "MISSING_HR_REVIEW", new Approvals(false, true, true)));
        assertFalse(finds("Missing HR review", "MISSING_HR_REVIEW", Approvals.all()));
    }

    @Test
    void missingRepSignature() {
        assertTrue(finds("Missing rep signature", "MISSING_REP_SIGNATURE", new Approvals(true, false, true)));
        assertFalse(finds("Missing rep signature", "MISSING_REP_SIGNATURE", Approvals.all()));
    }

    @Test
    void missingManagerSignature() {
        assertTrue(finds("Missing manager signature", "MISSING_MANAGER_SIGNATURE", new Approvals(true, true, false)));
        assertFalse(finds("Missing manager signature", "MISSING_MANAGER_SIGNATURE", Approvals.all()));
    }

    @Test
    void planIsActiveAndPlanCannotBeActivated() {
        List<Object> fine = targets(3, 0);
        fine.add(new SupportCommitment("COACHING", 1));
        RuleHarness active = checks(fine);
        assertTrue(active.fired("Plan is active"));
        assertEquals(1, active.facts(Active.class).size());
        assertTrue(active.facts(Blocked.class).isEmpty());
        assertTrue(active.facts(Finding.class).stream().noneMatch(f -> f.severity() == Severity.ERROR));

        RuleHarness blocked = checks(targets(3, 0));
        assertTrue(blocked.fired("Plan cannot be activated"));
        assertEquals(1, blocked.facts(Blocked.class).size());
        assertTrue(blocked.facts(Active.class).isEmpty(), "an ERROR withdraws the activation");
    }
}
