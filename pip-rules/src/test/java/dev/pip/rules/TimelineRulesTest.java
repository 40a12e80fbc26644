package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.PlanDocument;
import dev.pip.core.RecordedDecision;
import dev.pip.core.Finding;
import dev.pip.rules.Facts.Decided;
import dev.pip.rules.facts.Active;
import dev.pip.rules.facts.PlanWeeks;
import dev.pip.rules.facts.Reached;
import dev.pip.rules.facts.Recorded;
import dev.pip.rules.facts.Ruling;
import dev.pip.rules.facts.TargetWindow;
import dev.pip.rules.facts.WeekValue;
import dev.pip.rules.facts.Window;
import dev.pip.rules.facts.WindowKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One focused test per rule of timeline.drl (specification, sections 3, 5-7 and 11): each window
 * opens from the decision before it, and each decision point is concluded by a record or by the
 * rules' own ruling. The facts that fire each rule, and a near miss.
 */
class TimelineRulesTest {
    /** The plan's weekly data early in the plan (day 10), so an opened window judges nothing yet. */
    private static final PlanWeeks WEEKS = Facts.weeks(Plans.base().build(), 10);

    /** A window's shape: what the rules opened, without its weeks' data. */
    private record Opened(WindowKind kind, int id, int previousDay, int day, boolean afterGate, boolean inExtension) {
        static Opened of(Window w) {
            return new Opened(w.kind(), w.id(), w.previousDay(), w.day(), w.afterGate(), w.inExtension());
        }
    }

    /** The windows in working memory that {@code inserted} does not contain: those the rules opened. */
    private static List<Opened> opened(RuleHarness h, Object... inserted) {
        List<Object> given = List.of(inserted);
        return h.facts(Window.class).stream().filter(w -> !given.contains(w)).map(Opened::of).toList();
    }

    private static RuleHarness run(Object... facts) {
        List<Object> all = new ArrayList<>(List.of(Facts.POLICY, WEEKS));
        all.addAll(List.of(facts));
        return RuleHarness.run(all);
    }

    /** A window of {@code kind} from {@code previousDay} to {@code day} with the goal flags in force. */
    private static Window before(WindowKind kind, int previousDay, int day, boolean afterGate, boolean inExtension) {
        Window w = Facts.window(kind, previousDay, day, false);
        return new Window(w.id(), kind, previousDay, day, w.firstWeek(), w.lastWeek(), false, afterGate, inExtension);
    }

    @Test
    void gateWindowOpensWhenThePlanIsActive() {
        String rule = "Gate window opens when the plan is active";
        RuleHarness h = run(new Active(), Facts.plan(60, 10));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Opened(WindowKind.GATE, 0, 0, 30, false, false)), opened(h));
        Window gate = h.facts(Window.class).get(0);
        assertEquals(List.of(1, 4), List.of(gate.firstWeek(), gate.lastWeek()), "weeks 1-4 are judged at the gate");
        assertEquals(3, h.facts(TargetWindow.class).stream().filter(t -> t.window() == gate.id()).count(),
                "each target with its goal in force");
        assertFalse(run(Facts.plan(60, 10)).fired(rule), "a plan that is not active opens nothing");
        assertFalse(run(new Active(), Facts.plan(30, 10)).fired(rule), "a window ending on the gate day has no gate");
        assertEquals(List.of(new Opened(WindowKind.GATE, 0, 0, 28, false, false)),
                opened(RuleHarness.run(Facts.policy("gateDay", 28), WEEKS, new Active(), Facts.plan(60, 10))),
                "the gate is on the policy's gate day");
    }

    @Test
    void finalWindowOpensAtTheStartWhenTheGateIsFinal() {
        String rule = "Final window opens at the start when the gate is final";
        RuleHarness h = run(new Active(), Facts.plan(30, 10));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Opened(WindowKind.FINAL, 0, 0, 30, false, false)), opened(h));
        assertFalse(run(new Active(), Facts.plan(60, 10)).fired(rule), "a 60-day plan has a gate first");
        assertFalse(run(Facts.plan(30, 10)).fired(rule), "not active");
    }

    @Test
    void finalWindowOpensOnContinue() {
        String rule = "Final window opens on CONTINUE";
        RuleHarness h = run(Facts.plan(60, 10), Facts.reached(0, Decision.CONTINUE, 30));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Opened(WindowKind.FINAL, 30, 30, 60, true, false)), opened(h));
        Reached recorded = new Reached(0, Decision.CONTINUE, 26, true, Optional.of("mgr-1"));
        assertEquals(List.of(new Opened(WindowKind.FINAL, 26, 26, 60, true, false)),
                opened(run(Facts.plan(60, 10), recorded)), "on whatever day CONTINUE was decided");
        assertFalse(run(Facts.plan(60, 10), Facts.reached(0, Decision.EXIT, 30)).fired(rule));
        assertFalse(run(Facts.plan(60, 10), Facts.reached(0, Decision.HR_REVIEW, 30)).fired(rule));
    }

    @Test
    void extensionWindowOpensOnExtend() {
        String rule = "Extension window opens on EXTEND";
        Window afterGate = before(WindowKind.FINAL, 30, 60, true, false);
        RuleHarness h = run(afterGate, Facts.reached(30, Decision.EXTEND, 60));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Opened(WindowKind.EXTENSION, 60, 60, 74, true, true)), opened(h, afterGate),
                "extensionDays after the EXTEND, with the goal in an extension, keeping the goal after the gate");
        Window gateFinal = before(WindowKind.FINAL, 0, 30, false, false);
        assertEquals(List.of(new Opened(WindowKind.EXTENSION, 30, 30, 44, false, true)),
                opened(run(gateFinal, Facts.reached(0, Decision.EXTEND, 30)), gateFinal),
                "a plan without a gate never had the goal after the gate");
        Window extension = before(WindowKind.EXTENSION, 60, 74, true, true);
        assertEquals(List.of(new Opened(WindowKind.EXTENSION, 74, 74, 95, true, true)),
                opened(RuleHarness.run(Facts.policy("extensionDays", 21), WEEKS, extension,
                        Facts.reached(60, Decision.EXTEND, 74)), extension), "extensionDays of the policy");
        assertFalse(run(Facts.reached(30, Decision.EXTEND, 60)).fired(rule), "the window it concludes must be open");
        assertFalse(run(afterGate, Facts.reached(30, Decision.PASS, 60)).fired(rule));
    }

    @Test
    void monitoringOpensOnPass() {
        String rule = "Monitoring opens on PASS";
        Window extension = before(WindowKind.EXTENSION, 60, 74, true, true);
        RuleHarness h = run(extension, Facts.reached(60, Decision.PASS, 74));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Opened(WindowKind.MONITORING, 74, 74, 134, true, true)), opened(h, extension),
                "monitoringDays after the PASS, judged against the last goal in force");
        Window end = before(WindowKind.FINAL, 30, 60, true, false);
        assertEquals(List.of(new Opened(WindowKind.MONITORING, 60, 60, 150, true, false)),
                opened(RuleHarness.run(Facts.policy("monitoringDays", 90), WEEKS, end,
                        Facts.reached(30, Decision.PASS, 60)), end), "monitoringDays of the policy");
        assertFalse(run(end, Facts.reached(30, Decision.EXIT, 60)).fired(rule));
        assertFalse(run(Facts.reached(30, Decision.PASS, 60)).fired(rule), "the window it concludes must be open");
    }

    @Test
    void recordedDecisionConcludesItsWindow() {
        String rule = "Recorded decision concludes its window";
        Window gate = before(WindowKind.GATE, 0, 30, false, false);
        Recorded exit = new Recorded(27, Decision.EXIT, 0, Optional.of("mgr-1"));
        RuleHarness h = RuleHarness.run(gate, exit);
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Reached(0, Decision.EXIT, 27, true, Optional.of("mgr-1"))), h.facts(Reached.class),
                "on its own day, by whoever recorded it");
        assertFalse(RuleHarness.run(gate, new Recorded(60, Decision.PASS, 30, Optional.empty())).fired(rule),
                "a record answering a window that did not open");
        assertFalse(RuleHarness.run(exit).fired(rule), "no window at all");
    }

    @Test
    void rulingConcludesItsWindow() {
        String rule = "Ruling concludes its window";
        Ruling go = new Ruling(0, 30, Decision.CONTINUE, "Gate passed", "Every behavioural target met its goal.");
        RuleHarness h = RuleHarness.run(go);
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(0, 30, Decision.CONTINUE)), Facts.reached(h));
        assertFalse(h.facts(Reached.class).get(0).recorded());
        RuleHarness answered = RuleHarness.run(go, new Recorded(30, Decision.EXIT, 0, Optional.empty()));
        assertFalse(answered.fired(rule), "a record answers that decision point");
        assertTrue(answered.facts(Reached.class).isEmpty(), "without its window the record concludes nothing either");
        assertTrue(RuleHarness.run(go, new Recorded(60, Decision.PASS, 30, Optional.empty())).fired(rule),
                "a record of another decision point");
    }

    private static List<Finding> differs(Object... facts) {
        return RuleHarness.run(facts).facts(Finding.class).stream()
                .filter(f -> f.code().equals("RECORD_DIFFERS_FROM_RULES")).toList();
    }

    @Test
    void recordDiffersFromTheRules() {
        String rule = "Record differs from the rules";
        Ruling go = new Ruling(0, 30, Decision.CONTINUE, "Gate passed", "Every behavioural target met its goal.");
        Recorded exit = new Recorded(30, Decision.EXIT, 0, Optional.of("mgr-1"));
        RuleHarness h = RuleHarness.run(go, exit, Facts.plan(60, 40));
        assertTrue(h.fired(rule));
        List<Finding> found = differs(go, exit, Facts.plan(60, 40));
        assertEquals(1, found.size());
        assertEquals("EXIT", String.valueOf(found.get(0).evidence().get("recordedDecision")));
        assertEquals("CONTINUE", String.valueOf(found.get(0).evidence().get("rulesDecision")));
        assertEquals("Gate passed", found.get(0).evidence().get("rulesRule"));
        assertTrue(found.get(0).message().contains("by mgr-1") && found.get(0).message().endsWith("The record stands."),
                found.get(0)::message);
        assertEquals(1, differs(go, new Recorded(26, Decision.CONTINUE, 0, Optional.empty()), Facts.plan(60, 40)).size(),
                "the same decision on another day differs too");
        assertFalse(RuleHarness.run(go, new Recorded(30, Decision.CONTINUE, 0, Optional.empty()), Facts.plan(60, 40))
                .fired(rule), "a record equal to the ruling");
        assertFalse(RuleHarness.run(go, new Recorded(60, Decision.EXIT, 30, Optional.empty()), Facts.plan(60, 40))
                .fired(rule), "a record of another decision point");
    }

    /** The weeks of window {@code window} laid out in working memory, as (week, judged). */
    private static List<List<Object>> weekValues(RuleHarness h, int window) {
        return h.facts(WeekValue.class).stream().filter(v -> v.window() == window && v.target().equals("calls"))
                .sorted((a, b) -> a.week() - b.week()).map(v -> List.<Object>of(v.week(), v.judged())).toList();
    }

    /** The timeline of a 60-day plan met every week, whose gate was recorded CONTINUE on {@code recordDay}, on day 50. */
    private static RuleHarness gateRecordedOn(int recordDay) {
        PlanDocument.Builder b = Plans.base();
        PlanDocument plan = b.observations(Plans.weekly(b, 1, 8, week -> 15))
                .decisions(List.of(new RecordedDecision(recordDay, Decision.CONTINUE, Optional.empty(), Optional.empty())))
                .build();
        PlanWeeks weeks = Facts.weeks(plan, 50);
        List<Object> facts = new ArrayList<>(List.of(Facts.POLICY, weeks, new Active(), Facts.plan(60, 50)));
        facts.addAll(weeks.recorded());
        return RuleHarness.run(facts);
    }

    @Test
    void weeksBeforeALateRecordComeWithTheWindowItAnswers() {
        // Gate due day 30, recorded on day 45: weeks 5 (days 29-35) and 6 (36-42) ended after the due
        // day and before the record, so the gate window shows them, not judged; the final window
        // opened by the record judges the weeks ending after day 45.
        RuleHarness late = gateRecordedOn(45);
        assertEquals(List.of(List.of(1, true), List.of(2, true), List.of(3, true), List.of(4, true), List.of(5, false),
                List.of(6, false)), weekValues(late, 0));
        assertEquals(List.of(List.of(7, true)), weekValues(late, 45));
        TargetWindow gate = late.facts(TargetWindow.class).stream().filter(t -> t.window() == 0).findFirst().orElseThrow();
        assertEquals(List.of(4, 4), List.of(gate.weeks(), gate.weeksEnded()), "the gate's target judges weeks 1-4 only");
        assertEquals(List.of(new Decided(0, 30, Decision.CONTINUE)), Facts.rulings(late), "the rules decide on the due day");
        assertEquals(List.of(List.of(1, true), List.of(2, true), List.of(3, true), List.of(4, true)),
                weekValues(gateRecordedOn(34), 0), "week 5 ends on day 35, after a record on day 34");
        assertEquals(List.of(List.of(5, true), List.of(6, true), List.of(7, true)), weekValues(gateRecordedOn(34), 34));
        assertEquals(List.of(List.of(1, true), List.of(2, true), List.of(3, true), List.of(4, true)),
                weekValues(gateRecordedOn(26), 0), "a record before the due day adds nothing");
    }
}
