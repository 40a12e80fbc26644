package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.rules.Facts.Decided;
import dev.pip.rules.facts.MissingData;
import dev.pip.rules.facts.TargetResult;
import dev.pip.rules.facts.Window;
import dev.pip.rules.facts.WindowKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One focused test per rule of gate.drl (specification, section 5): the facts that fire it, and a
 * near miss. The gate window itself is opened by timeline.drl (see {@link TimelineRulesTest}).
 */
class GateRulesTest {
    private static final Window GATE = Facts.window(WindowKind.GATE, 0, 30, true);

    /** A 60-day plan on day 30 with its reached gate window (id 0), plus {@code more}. */
    private static RuleHarness atGate(Object... more) {
        return with(GATE, more);
    }

    private static RuleHarness with(Window w, Object... more) {
        List<Object> facts = new ArrayList<>(List.of(Facts.POLICY, Facts.plan(60, 30), w));
        facts.addAll(List.of(more));
        return RuleHarness.run(facts);
    }

    /** A 30-day plan's first window: it ends in the final decision, never at a gate. */
    private static final Window FINAL_AT_30 = Facts.window(WindowKind.FINAL, 0, 30, true);

    @Test
    void gateLacksData() {
        String rule = "Gate lacks data";
        RuleHarness h = atGate(new MissingData(0, "c", List.of(2)), new TargetResult(0, "d", true, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(0, 30, Decision.INSUFFICIENT_DATA)), Facts.verdicts(h),
                "missing data wins over a failed target");
        assertFalse(with(FINAL_AT_30, new MissingData(0, "c", List.of(2))).fired(rule), "a 30-day plan's gate is final");
        assertFalse(with(Facts.window(WindowKind.GATE, 0, 30, false), new MissingData(0, "c", List.of(2))).fired(rule),
                "not before the gate day");
    }

    @Test
    void gatePassed() {
        String rule = "Gate passed";
        RuleHarness h = atGate(new TargetResult(0, "c", true, true), new TargetResult(0, "o", false, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(0, 30, Decision.CONTINUE)), Facts.verdicts(h), "an outcome target never decides");
        assertFalse(atGate(new TargetResult(0, "c", true, true), new TargetResult(0, "d", true, false)).fired(rule));
        assertFalse(with(FINAL_AT_30, new TargetResult(0, "c", true, true)).fired(rule), "never CONTINUE on a 30-day plan");
    }

    @Test
    void gateFailed() {
        String rule = "Gate failed";
        RuleHarness h = atGate(new TargetResult(0, "c", true, true), new TargetResult(0, "d", true, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(0, 30, Decision.EXIT)), Facts.verdicts(h));
        assertFalse(atGate(new TargetResult(0, "d", true, false), new MissingData(0, "c", List.of(1))).fired(rule));
        assertFalse(atGate(new TargetResult(0, "o", false, false)).fired(rule));
    }
}
