package dev.pip.rules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.rules.PipEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTest {
    private static final long SEED = 13;

    private static List<DatedPlan> plans(int n) {
        SplittableRandom random = new SplittableRandom(SEED);
        PlanGenerator generator = PlanGenerator.defaults();
        List<DatedPlan> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GeneratedPlan g = generator.next(random);
            out.add(new DatedPlan(g.plan(), g.asOf()));
        }
        return out;
    }

    @Test
    void aRuleMadeUnreachableOnPurposeIsReportedAsNeverFiredAndItsDecisionAsNeverReached(@TempDir Path dir) {
        // "Gate passed" now starts with a condition that never holds: it can never fire, and no plan continues.
        Path rules = Workbench.editedCopy(dir, "gate.drl", "Gate passed", "when", "when\n    eval(false)");
        PipEngine edited = PipEngine.builder().rules(rules).build();
        List<DatedPlan> corpus = plans(300);

        Coverage bundled = Coverage.measure(PipEngine.withDefaultRules(), corpus.stream());
        Coverage c = Coverage.measure(edited, corpus.stream());

        assertFalse(names(bundled.neverFired()).contains("Gate passed"), "seed " + SEED + ": the corpus passes gates");
        assertTrue(bundled.reached().contains(Decision.CONTINUE));
        assertTrue(names(c.neverFired()).contains("Gate passed"), () -> Reports.coverageText(c));
        assertTrue(c.neverReached().contains(Decision.CONTINUE), () -> Reports.coverageText(c));
        RuleDefinition gatePassed = c.neverFired().stream().filter(r -> r.name().equals("Gate passed")).findFirst()
                .orElseThrow();
        assertEquals("gate.drl", gatePassed.file());
        assertTrue(c.share() < bundled.share());
        assertTrue(Reports.coverageText(c).contains("  " + gatePassed.place() + "  \"Gate passed\""));
        // Plans on which the edited rules break their contract (a gate left undecided) are not counted.
        assertTrue(c.evaluated() > 0 && c.evaluated() <= 300, () -> "evaluated " + c.evaluated());
    }

    @Test
    void everyRuleIsCountedNotOnlyThoseWritingReasons() {
        Coverage c = Coverage.measure(PipEngine.withDefaultRules(), plans(50).stream());

        assertEquals(RuleCatalog.of(PipEngine.withDefaultRules()).rules().size(), c.rules().size());
        // "Week judged" writes no reason: it is counted from the engine's firings.
        assertTrue(c.rules().stream().anyMatch(r -> r.rule().name().equals("Week judged") && r.firings() > 0));
    }

    private static List<String> names(List<RuleDefinition> rules) {
        return rules.stream().map(RuleDefinition::name).toList();
    }
}
