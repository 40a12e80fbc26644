package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.rules.Facts.Decided;
import dev.pip.rules.facts.Improvement;
import dev.pip.rules.facts.MissingData;
import dev.pip.rules.facts.TargetResult;
import dev.pip.rules.facts.Window;
import dev.pip.rules.facts.WindowKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One focused test per rule of final-decision.drl (specification, section 6): the facts that fire
 * it, and a near miss. The final and extension windows are opened by timeline.drl (see
 * {@link TimelineRulesTest}).
 */
class FinalDecisionRulesTest {
    private static final Window GATE = Facts.window(WindowKind.GATE, 0, 30, true);

    /** A 60-day plan on day 60 with its reached final window (id 30, after CONTINUE on day 30), plus {@code more}. */
    private static RuleHarness atEnd(Object... more) {
        return with(Facts.POLICY, Facts.window(WindowKind.FINAL, 30, 60, true), more);
    }

    /** The reached extension window (id 60, days 60-74) after an EXTEND on day 60, plus {@code more}. */
    private static RuleHarness afterExtension(Object... more) {
        return afterExtensionUnder(Facts.POLICY, more);
    }

    private static RuleHarness afterExtensionUnder(Object policy, Object... more) {
        List<Object> facts = new ArrayList<>(List.of(more));
        facts.add(Facts.reached(30, Decision.EXTEND, 60));
        return with(policy, Facts.window(WindowKind.EXTENSION, 60, 74, true), facts.toArray());
    }

    private static RuleHarness with(Object policy, Window w, Object... more) {
        List<Object> facts = new ArrayList<>(List.of(policy, Facts.plan(60, 80), w));
        facts.addAll(List.of(more));
        return RuleHarness.run(facts);
    }

    @Test
    void finalDecisionLacksData() {
        String rule = "Final decision lacks data";
        RuleHarness h = atEnd(new MissingData(30, "c", List.of(6)), new TargetResult(30, "d", true, false),
                new Improvement(30, "d", false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(30, 60, Decision.INSUFFICIENT_DATA)), Facts.verdicts(h));
        assertFalse(with(Facts.POLICY, GATE, new MissingData(0, "c", List.of(2))).fired(rule),
                "the gate of a 60-day plan is not final");
    }

    @Test
    void everyBehaviouralTargetMetAtTheEnd() {
        String rule = "Every behavioural target met at the end";
        RuleHarness h = atEnd(new TargetResult(30, "c", true, true), new TargetResult(30, "o", false, false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(30, 60, Decision.PASS)), Facts.verdicts(h));
        assertFalse(with(Facts.POLICY, Facts.window(WindowKind.FINAL, 30, 60, false), new TargetResult(30, "c", true, true))
                .fired(rule), "not before day 60");
    }

    @Test
    void meaningfulImprovementExtendsThePlan() {
        String rule = "Meaningful improvement extends the plan";
        RuleHarness h = atEnd(new TargetResult(30, "c", true, true), new TargetResult(30, "d", true, false),
                new Improvement(30, "d", true));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(30, 60, Decision.EXTEND)), Facts.verdicts(h));
        assertFalse(afterExtension(new TargetResult(60, "d", true, false), new Improvement(60, "d", true)).fired(rule),
                "never a second extension");
        assertFalse(with(Facts.POLICY, GATE, new TargetResult(0, "d", true, false), new Improvement(0, "d", true))
                .fired(rule), "no extension at the gate of a 60-day plan");
    }

    @Test
    void noMeaningfulImprovementAtTheEnd() {
        String rule = "No meaningful improvement at the end";
        RuleHarness h = atEnd(new TargetResult(30, "c", true, false), new Improvement(30, "c", true),
                new TargetResult(30, "d", true, false), new Improvement(30, "d", false));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(30, 60, Decision.EXIT)), Facts.verdicts(h));
        assertFalse(atEnd(new TargetResult(30, "d", true, false), new Improvement(30, "d", true)).fired(rule));
    }

    @Test
    void noExtensionLeft() {
        String rule = "No extension left";
        RuleHarness h = afterExtension(new TargetResult(60, "d", true, false), new Improvement(60, "d", true));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(60, 74, Decision.EXIT)), Facts.verdicts(h));
        assertFalse(atEnd(new TargetResult(30, "d", true, false), new Improvement(30, "d", true)).fired(rule));
        RuleHarness twoAllowed = afterExtensionUnder(Facts.policy("maxExtensions", 2), new TargetResult(60, "d", true, false),
                new Improvement(60, "d", true));
        assertFalse(twoAllowed.fired(rule));
        assertEquals(List.of(new Decided(60, 74, Decision.EXTEND)), Facts.verdicts(twoAllowed));
    }
}
