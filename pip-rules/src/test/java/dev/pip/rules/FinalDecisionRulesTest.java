package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.rules.facts.Improvement;
import dev.pip.rules.facts.MissingData;
import dev.pip.rules.facts.Open;
import dev.pip.rules.facts.Reached;
import dev.pip.rules.facts.TargetResult;
import dev.pip.rules.facts.Verdict;
import dev.pip.rules.facts.Window;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One focused test per rule of final-decision.drl (DOMAIN.md section 6): the facts that fire it, and a near miss. */
class FinalDecisionRulesTest {

    /** A 60-day plan on day 60 with its open, reached window 2 (after the gate), plus {@code more}. */
    private static RuleHarness atEnd(Object... more) {
        return with(Facts.window(2, false, 30, 60, true), more);
    }

    /** The open extension window 3 (days 60-74) after an EXTEND on day 60, reached, plus {@code more}. */
    private static RuleHarness afterExtension(Object... more) {
        List<Object> facts = new ArrayList<>(List.of(more));
        facts.add(new Reached(Decision.EXTEND, 60));
        return with(Facts.window(3, false, 60, 74, true), facts.toArray());
    }

    private static RuleHarness with(Window w, Object... more) {
        List<Object> facts = new ArrayList<>(List.of(Facts.POLICY, Facts.plan(60, 80), new Open(w.id()), w));
        facts.addAll(List.of(more));
        return RuleHarness.run(facts);
    }

    private static List<Verdict> verdicts(RuleHarness h) {
        return h.facts(Verdict.class);
    }

    @Test
    void finalDecisionLacksData() {
        String rule = "Final decision lacks data";
        RuleHarness h = atEnd(new MissingData(2, "c", List.of(6)), new TargetResult(2, "d", true, false),
                new Improvement(2, "d", false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Verdict(2, 60, Decision.INSUFFICIENT_DATA)), verdicts(h));
        assertFalse(with(Facts.window(1, false, 0, 30, true), new MissingData(1, "c", List.of(2))).fired(rule),
                "the gate of a 60-day plan is not final");
    }

    @Test
    void everyBehaviouralTargetMetAtTheEnd() {
        String rule = "Every behavioural target met at the end";
        RuleHarness h = atEnd(new TargetResult(2, "c", true, true), new TargetResult(2, "o", false, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Verdict(2, 60, Decision.PASS)), verdicts(h));
        assertFalse(with(Facts.window(2, false, 30, 60, false), new TargetResult(2, "c", true, true)).fired(rule),
                "not before day 60");
    }

    @Test
    void meaningfulImprovementExtendsThePlan() {
        String rule = "Meaningful improvement extends the plan";
        RuleHarness h = atEnd(new TargetResult(2, "c", true, true), new TargetResult(2, "d", true, false),
                new Improvement(2, "d", true));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Verdict(2, 60, Decision.EXTEND)), verdicts(h));
        assertFalse(afterExtension(new TargetResult(3, "d", true, false), new Improvement(3, "d", true)).fired(rule),
                "never a second extension");
        assertFalse(with(Facts.window(1, false, 0, 30, true), new TargetResult(1, "d", true, false),
                new Improvement(1, "d", true)).fired(rule), "no extension at the gate of a 60-day plan");
    }

    @Test
    void noMeaningfulImprovementAtTheEnd() {
        String rule = "No meaningful improvement at the end";
        RuleHarness h = atEnd(new TargetResult(2, "c", true, false), new Improvement(2, "c", true),
                new TargetResult(2, "d", true, false), new Improvement(2, "d", false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Verdict(2, 60, Decision.EXIT)), verdicts(h));
        assertFalse(atEnd(new TargetResult(2, "d", true, false), new Improvement(2, "d", true)).fired(rule));
    }

    @Test
    void noExtensionLeft() {
        String rule = "No extension left";
        RuleHarness h = afterExtension(new TargetResult(3, "d", true, false), new Improvement(3, "d", true));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Verdict(3, 74, Decision.EXIT)), verdicts(h));
        assertFalse(atEnd(new TargetResult(2, "d", true, false), new Improvement(2, "d", true)).fired(rule));
        RuleHarness twoAllowed = RuleHarness.run(Facts.policy("maxExtensions", 2), Facts.plan(60, 80), new Open(3),
                Facts.window(3, false, 60, 74, true), new Reached(Decision.EXTEND, 60),
                new TargetResult(3, "d", true, false), new Improvement(3, "d", true));
        assertFalse(twoAllowed.fired(rule));
        assertEquals(List.of(new Verdict(3, 74, Decision.EXTEND)), verdicts(twoAllowed));
    }

    @Test
    void extensionWindowOpensOnExtend() {
        String rule = "Extension window opens on EXTEND";
        RuleHarness h = RuleHarness.run(Facts.POLICY, new Reached(Decision.EXTEND, 60),
                Facts.window(3, false, 60, 74, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Open(3)), h.facts(Open.class));
        assertFalse(RuleHarness.run(Facts.policy("extensionDays", 21), new Reached(Decision.EXTEND, 60),
                Facts.window(3, false, 60, 74, false)).fired(rule), "the extension lasts extensionDays");
    }
}
