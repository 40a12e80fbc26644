package dev.pip.rules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.TimelineEntry;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.rules.PipEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleDiffTest {
    private static final long SEED = 7;
    private static final PipEngine BUNDLED = PipEngine.withDefaultRules();
    private static List<DatedPlan> corpus;

    @BeforeAll
    static void corpus() {
        SplittableRandom random = new SplittableRandom(SEED);
        PlanGenerator generator = PlanGenerator.defaults();
        corpus = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            GeneratedPlan g = generator.next(random);
            corpus.add(new DatedPlan(g.plan(), g.asOf()));
        }
    }

    @Test
    void anEditedCopyChangesExactlyThePlansKnownInAdvance(@TempDir Path dir) {
        // The edit: the fairness guards no longer turn an EXIT into HR_REVIEW; the EXIT stands.
        Workbench.editedCopy(dir, "guards.drl", "HR review in place of exit", "exists Guard(day == $day)",
                "exists Guard(day == $day, day < 0)");
        Path rules = Workbench.editedCopy(dir, "guards.drl", "Exit stands", "not Guard(day == $day)",
                "not Guard(day == $day, day < 0)");
        PipEngine edited = PipEngine.builder().rules(rules).build();
        // Known in advance from the base rules alone: the plans with an HR_REVIEW, and only those, change.
        TreeSet<Integer> expected = new TreeSet<>();
        for (int i = 0; i < corpus.size(); i++) {
            Evaluation e = BUNDLED.evaluate(corpus.get(i).plan(), corpus.get(i).asOf());
            if (e.timeline().stream().map(TimelineEntry::decision).anyMatch(d -> d == Decision.HR_REVIEW)) {
                expected.add(i);
            }
        }
        assertTrue(expected.size() >= 3, "seed " + SEED + " must give some HR reviews, gave " + expected.size());

        DiffReport r = RuleDiff.compare(BUNDLED, edited, corpus);

        assertEquals(expected, new TreeSet<>(r.changes().stream().map(PlanChange::index).toList()));
        assertEquals(corpus.size() - expected.size(), r.unchanged());
        assertEquals(List.of(), r.failures());
        assertEquals(expected.size(), r.transitions().get(new Transition(Decision.HR_REVIEW, Decision.EXIT)));
        assertEquals(r.transitions().values().stream().mapToInt(Integer::intValue).sum(), corpus.size());
        PlanChange first = r.changes().get(0);
        assertEquals(List.of("\"Exit stands\" 0 -> 1", "\"HR review in place of exit\" 1 -> 0"),
                first.rulesChanged().stream().filter(s -> s.contains("Exit stands") || s.contains("HR review")).toList());
        assertTrue(first.changes().contains("decision"));
        assertEquals(expected.size(), r.matching(TransitionFilter.parse("*->EXIT")).size());
        assertEquals(0, r.matching(TransitionFilter.parse("PASS->*, EXIT->HR_REVIEW")).size());
        String text = Reports.diffText(r, 5);
        assertTrue(text.contains("HR_REVIEW -> EXIT"), text);
        assertTrue(Reports.diffJson(r).contains("\"from\":\"HR_REVIEW\",\"to\":\"EXIT\",\"plans\":" + expected.size()));
    }

    @Test
    void anUneditedCopyChangesNothingThoughItsFingerprintDiffers(@TempDir Path dir) {
        dev.pip.rules.BundledRules.exportTo(dir);
        PipEngine copy = PipEngine.builder().rules(dir).name("copy").build();

        DiffReport r = RuleDiff.compare(BUNDLED, copy, corpus);

        assertNotEquals(r.base(), r.changed());
        assertEquals(corpus.size(), r.unchanged());
        assertEquals(List.of(), r.changes());
        assertTrue(r.transitions().keySet().stream().noneMatch(Transition::changed));
    }

    @Test
    void failOnPatternsAreCheckedWhenParsed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransitionFilter.parse("*->EXITT"));
        assertTrue(e.getMessage().startsWith("'EXITT' in '*->EXITT' is not a decision"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TransitionFilter.parse("EXIT"));
        TransitionFilter f = TransitionFilter.parse("*->EXIT");
        assertTrue(f.matches(new Transition(Decision.PASS, Decision.EXIT)));
        assertTrue(!f.matches(new Transition(Decision.EXIT, Decision.EXIT)), "an unchanged EXIT is no transition");
    }
}
