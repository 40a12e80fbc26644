package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule sets from folders: broken files reported by file and line, edited rules changing decisions. */
class RuleSetTest {
    private static final PipEngine BUNDLED = Scenarios.ENGINE;

    @TempDir
    Path dir;

    private static PlanDocument improvingPlan() {
        // Gate passed; weeks 5-8 at 12 against goal 15 from baseline 8: 4/7 = 57% of the gap closed.
        PlanDocument.Builder b = Plans.base();
        return b.observations(Plans.weekly(b, 1, 8, w -> w <= 4 ? 15 : 12)).build();
    }

    private Path exported() {
        BundledRules.exportTo(dir);
        return dir;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), "rule file " + file + " should contain " + from);
        Files.writeString(p, text.replace(from, to));
    }

    /** Adds {@code line} as the first condition of {@code rule} in {@code file}, after its attributes. */
    private void breakRule(String file, String rule, String line) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        int start = text.indexOf("rule \"" + rule + "\"\n");
        assertTrue(start >= 0, "rule file " + file + " should contain rule \"" + rule + "\"");
        int when = text.indexOf("\nwhen\n", start);
        assertTrue(when >= 0, "rule \"" + rule + "\" should have a line 'when'");
        int conditions = when + "\nwhen\n".length();
        Files.writeString(p, text.substring(0, conditions) + line + "\n" + text.substring(conditions));
    }

    @Test
    void exportedBundledRulesBuildAndDecideLikeTheBundledSet() {
        PipEngine fromFolder = PipEngine.builder().rules(exported()).build();
        Evaluation a = BUNDLED.evaluate(improvingPlan(), Plans.day(60));
        Evaluation b = fromFolder.evaluate(improvingPlan(), Plans.day(60));
        assertEquals(a.timeline(), b.timeline());
        assertEquals(a.ruleSet().fingerprint(), b.ruleSet().fingerprint(), "same texts, same fingerprint");
        assertEquals(Decision.EXTEND, a.decision());
    }

    @Test
    void copiedAndEditedRuleFolderChangesTheDecision() throws IOException {
        exported();
        // A stricter rule author: extend only when the whole gap would have closed... via the improvement rule.
        edit("checkpoint.drl", "$tw.gapClosed() >= $p.improvementShare()", "$tw.gapClosed() >= $p.improvementShare() + 0.25");
        PipEngine strict = PipEngine.builder().rules(dir).build();
        Evaluation e = strict.evaluate(improvingPlan(), Plans.day(60));
        assertEquals(Decision.EXIT, e.decision());
        assertNotEquals(BUNDLED.ruleSet().fingerprint(), strict.ruleSet().fingerprint());
        assertEquals(dir.getFileName().toString(), strict.ruleSet().name());
    }

    @Test
    void syntaxErrorIsReportedWithFileAndLine() throws IOException {
        exported();
        breakRule("gate.drl", "Gate passed", "    $p : Policy(");
        RuleSetException e = assertThrows(RuleSetException.class, () -> PipEngine.builder().rules(dir).build());
        RuleProblem first = e.problems().get(0);
        assertEquals("gate.drl", first.file());
        assertTrue(first.line() > 0, "a syntax error has a line: " + first);
    }

    @Test
    void unknownFieldIsReportedAgainstItsFile() throws IOException {
        exported();
        edit("monitoring.drl", "Window(kind == WindowKind.MONITORING, reached,", "Window(kind == WindowKind.MONITORING, reachedd,");
        RuleSetException e = assertThrows(RuleSetException.class, () -> PipEngine.builder().rules(dir).build());
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("monitoring.drl")), e.getMessage());
    }

    @Test
    void numberLiteralOfTheWrongTypeIsReportedNotThrownRaw() throws IOException {
        exported();
        edit("plan-checks.drl", "windowDays < $l.minWindowDays()", "windowDays < \"many\"");
        RuleSetException e = assertThrows(RuleSetException.class, () -> PipEngine.builder().rules(dir).build());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("plan-checks.drl")), e.getMessage());
    }

    @Test
    void problemsOfSeveralFilesAreReportedTogether() throws IOException {
        exported();
        breakRule("gate.drl", "Gate passed", "    $p : Policy(");
        breakRule("guards.drl", "Exit stands", "    $q : Verdict(");
        RuleSetException e = assertThrows(RuleSetException.class, () -> PipEngine.builder().rules(dir).build());
        List<String> files = e.problems().stream().map(RuleProblem::file).distinct().sorted().toList();
        assertEquals(List.of("gate.drl", "guards.drl"), files);
    }

    @Test
    void emptyFolderIsARuleSetProblem() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> PipEngine.builder().rules(dir).build());
        assertTrue(e.getMessage().contains("no .drl files"), e.getMessage());
    }

    @Test
    void runawayRuleIsStoppedByTheFiringLimitAndNamed() throws IOException {
        Path extra = dir.resolve("runaway.drl");
        Files.writeString(extra, String.join("\n",
                "package dev.pip.rules;",
                "import dev.pip.rules.facts.PlanFact;",
                "global java.lang.Object unused;",
                "declare Tick n : int end",
                "rule \"Tick forever\"",
                "when",
                "    PlanFact()",
                "    $t : Tick()",
                "then",
                "    insert(new Tick($t.getN() + 1));",
                "end",
                "rule \"First tick\"",
                "when",
                "    PlanFact()",
                "then",
                "    insert(new Tick(0));",
                "end",
                ""));
        PipEngine looping = PipEngine.builder().addRules(extra).maxFirings(5_000).build();
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> looping.evaluate(improvingPlan(), Plans.day(60)));
        assertEquals("Tick forever", e.rule().orElseThrow(), e.getMessage());
    }

    @Test
    void fingerprintDependsOnThePolicy() {
        PipEngine other = PipEngine.builder().policy(new Policy(30, 14, 2, 60, 6, 0.5, 2, 0.5, 2, 0.8, 2)).build();
        assertNotEquals(BUNDLED.ruleSet().fingerprint(), other.ruleSet().fingerprint());
        assertEquals(64, BUNDLED.ruleSet().fingerprint().length());
    }
}
