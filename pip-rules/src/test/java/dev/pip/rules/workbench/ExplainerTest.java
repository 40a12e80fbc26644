package dev.pip.rules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanJson;
import dev.pip.rules.PipEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainerTest {
    private static final LocalDate DAY_65 = LocalDate.of(2026, 11, 10);
    private static final PlanDocument PLAN = PlanJson.read(Workbench.DIALS_PLAN);

    private static Explanation.Point point(Explanation x, int day) {
        return x.points().stream().filter(p -> p.day() == day).findFirst().orElseThrow();
    }

    private static String reason(Explanation.Point p, Decision d) {
        return p.notReached().stream().filter(n -> n.decision() == d).findFirst().orElseThrow().sentence();
    }

    @Test
    void passNotReachedNamesTheTargetTheWeekTheGoalAndTheValue() {
        Explanation x = Explainer.explain(PipEngine.withDefaultRules(), PLAN, DAY_65);
        Explanation.Point day60 = point(x, 60);

        assertEquals(Decision.EXTEND, day60.decided().orElseThrow().decision());
        assertEquals("PASS not reached: Outbound dials missed its goal of 80 in week 6 (71)",
                reason(day60, Decision.PASS));
        assertEquals("HR_REVIEW not reached: only an EXIT is reviewed by HR in its place; this point decided EXTEND",
                reason(day60, Decision.HR_REVIEW));
        assertEquals(List.of(Decision.EXIT, Decision.PASS, Decision.HR_REVIEW, Decision.INSUFFICIENT_DATA),
                day60.notReached().stream().map(Explanation.NotReached::decision).sorted().toList());
    }

    @Test
    void firingsAreListedPerDecisionPointInStageOrderWithTheFactsTheyMatched() {
        Explanation x = Explainer.explain(PipEngine.withDefaultRules(), PLAN, DAY_65);
        Explanation.Point gate = point(x, 30);

        List<String> rules = gate.fired().stream().map(Explanation.Fired::rule).toList();
        assertTrue(rules.indexOf("Gate passed") > rules.indexOf("Week judged"), rules::toString);
        Explanation.Fired passed = gate.fired().get(rules.indexOf("Gate passed"));
        assertEquals(10, passed.salience());
        assertTrue(passed.place().startsWith("gate.drl:"), passed.place());
        assertTrue(passed.matched().stream().anyMatch(m -> m.startsWith("Window[") && m.contains("day=30")),
                passed.matched()::toString);
        assertTrue(point(x, 60).fired().stream().anyMatch(f -> f.rule().equals("Meaningful improvement extends the plan")));
        String text = Explainer.text(x);
        assertTrue(text.contains("Day 60 (final decision, 2026-11-05): EXTEND"), text);
    }

    @Test
    void itWorksForAnEditedRuleFolder(@TempDir Path dir) {
        // Edited by hand: meaningful improvement now ends the plan. The same plan EXITs on day 60, and no
        // rule of this folder can conclude EXTEND any more: the explanation says so instead of guessing.
        Path rules = Workbench.editedCopy(dir, "final-decision.drl", "Meaningful improvement extends the plan",
                "$win.day(), Decision.EXTEND,", "$win.day(), Decision.EXIT,");
        Explanation x = Explainer.explain(PipEngine.builder().rules(rules).build(), PLAN, DAY_65);
        Explanation.Point day60 = point(x, 60);

        assertEquals(Decision.EXIT, day60.decided().orElseThrow().decision());
        assertEquals("PASS not reached: Outbound dials missed its goal of 80 in week 6 (71)",
                reason(day60, Decision.PASS));
        Explanation.NotReached extend = day60.notReached().stream().filter(n -> n.decision() == Decision.EXTEND)
                .findFirst().orElseThrow();
        assertEquals(List.of(), extend.rules());
        assertEquals("the rules did not conclude it here (no rule of this rule set concludes EXTEND)",
                extend.because());
        assertTrue(day60.fired().stream().anyMatch(f -> f.rule().equals("Meaningful improvement extends the plan")),
                day60.fired()::toString);
    }
}
