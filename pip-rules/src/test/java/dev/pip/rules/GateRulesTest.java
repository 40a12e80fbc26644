package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.rules.facts.Active;
import dev.pip.rules.facts.MissingData;
import dev.pip.rules.facts.Open;
import dev.pip.rules.facts.Reached;
import dev.pip.rules.facts.TargetResult;
import dev.pip.rules.facts.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One focused test per rule of gate.drl (DOMAIN.md section 5): the facts that fire it, and a near miss. */
class GateRulesTest {

    /** A 60-day plan on day 30 with its open, reached gate window 1, plus {@code more}. */
    private static RuleHarness atGate(int windowDays, Object... more) {
        List<Object> facts = new ArrayList<>(List.of(Facts.POLICY, Facts.plan(windowDays, 30), new Open(1),
                Facts.window(1, false, 0, 30, true)));
        facts.addAll(List.of(more));
        return RuleHarness.run(facts);
    }

    private static List<Verdict> verdicts(RuleHarness h) {
        return h.facts(Verdict.class);
    }

    @Test
    void firstWindowOpensWhenThePlanIsActive() {
        String rule = "First window opens when the plan is active";
        RuleHarness h = RuleHarness.run(new Active(), Facts.POLICY, Facts.window(1, false, 0, 30, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Open(1)), h.facts(Open.class));
        assertFalse(RuleHarness.run(Facts.POLICY, Facts.window(1, false, 0, 30, false)).fired(rule), "not active");
        assertFalse(RuleHarness.run(new Active(), Facts.policy("gateDay", 28), Facts.window(1, false, 0, 30, false))
                .fired(rule), "the first window ends on the policy's gate day");
    }

    @Test
    void gateLacksData() {
        String rule = "Gate lacks data";
        RuleHarness h = atGate(60, new MissingData(1, "c", List.of(2)), new TargetResult(1, "d", true, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Verdict(1, 30, Decision.INSUFFICIENT_DATA)), verdicts(h),
                "missing data wins over a failed target");
        assertFalse(atGate(30, new MissingData(1, "c", List.of(2))).fired(rule), "a 30-day plan's gate is final");
    }

    @Test
    void gatePassed() {
        String rule = "Gate passed";
        RuleHarness h = atGate(60, new TargetResult(1, "c", true, true), new TargetResult(1, "o", false, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Verdict(1, 30, Decision.CONTINUE)), verdicts(h), "an outcome target never decides");
        assertFalse(atGate(60, new TargetResult(1, "c", true, true), new TargetResult(1, "d", true, false)).fired(rule));
        assertFalse(atGate(30, new TargetResult(1, "c", true, true)).fired(rule), "never CONTINUE on a 30-day plan");
    }

    @Test
    void gateFailed() {
        String rule = "Gate failed";
        RuleHarness h = atGate(60, new TargetResult(1, "c", true, true), new TargetResult(1, "d", true, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Verdict(1, 30, Decision.EXIT)), verdicts(h));
        assertFalse(atGate(60, new TargetResult(1, "d", true, false), new MissingData(1, "c", List.of(1))).fired(rule));
        assertFalse(atGate(60, new TargetResult(1, "o", false, false)).fired(rule));
    }

    @Test
    void windowAfterTheGateOpensOnContinue() {
        String rule = "Window after the gate opens on CONTINUE";
        RuleHarness h = RuleHarness.run(new Reached(Decision.CONTINUE, 30), Facts.plan(60, 40),
                Facts.window(2, false, 30, 60, false));
        assertTrue(h.fired(rule));
        assertTrue(h.facts(Open.class).contains(new Open(2)));
        assertFalse(RuleHarness.run(new Reached(Decision.EXIT, 30), Facts.plan(60, 40),
                Facts.window(2, false, 30, 60, false)).fired(rule));
    }
}
