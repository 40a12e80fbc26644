package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One failure is one plan's failure: whatever a rule throws, an {@link Error} included, is a
 * {@link RuleExecutionException} for that plan naming the rule, and the engine goes on deciding
 * other plans exactly as before. The firing limit names the rule that fired most without running
 * the session again; the time limit stops a rule set that keeps firing; the work budget rejects
 * a plan that asks for too much before any rule runs.
 */
public class EngineReliabilityTest {
    /** Counts the side effects of a test rule: each firing must happen once. */
    public static final AtomicInteger SIDE_EFFECTS = new AtomicInteger();

    @TempDir
    Path dir;

    private static PlanDocument plan(String id) {
        PlanDocument.Builder b = Plans.base();
        b.planId(id);
        return b.observations(Plans.weekly(b, 1, 8, w -> w <= 4 ? 15 : 12)).build();
    }

    private Path rule(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("package dev.pip.rules;", "import dev.pip.rules.facts.PlanFact;"));
        all.addAll(List.of(lines));
        Files.writeString(file, String.join("\n", all) + "\n");
        return file;
    }

    /** A rule that throws {@code throwable} for the plan {@code BAD} only. */
    private PipEngine throwing(String throwable) throws IOException {
        return PipEngine.builder().addRules(rule("hostile.drl",
                "rule \"Throw on the bad plan\"",
                "when",
                "    PlanFact(planId == \"BAD\")",
                "then",
                "    throw " + throwable + ";",
                "end")).build();
    }

    @Test
    void anErrorThrownByARuleFailsThatPlanAloneAndNamesTheRule() throws IOException {
        PipEngine engine = throwing("new AssertionError(\"forged\")");
        Evaluation before = engine.evaluate(plan("GOOD"), Plans.day(60));
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> engine.evaluate(plan("BAD"), Plans.day(60)));
        assertEquals("Throw on the bad plan", e.rule().orElseThrow());
        assertEquals("the rules failed in rule \"Throw on the bad plan\": AssertionError: forged", e.getMessage());
        assertInstanceOf(AssertionError.class, rootCause(e));
        // The pooled sessions still decide as before.
        for (int i = 0; i < 8; i++) {
            assertEquals(before, engine.evaluate(plan("GOOD"), Plans.day(60)));
        }
    }

    @Test
    void aStackOverflowOrOutOfMemoryInARuleIsOnePlansFailure() throws IOException {
        PipEngine overflow = PipEngine.builder().addRules(rule("recursing.drl",
                "function int down(int n) { return down(n + 1) + 1; }",
                "rule \"Recurse without end\"",
                "when",
                "    PlanFact(planId == \"BAD\")",
                "then",
                "    down(0);",
                "end")).build();
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> overflow.evaluate(plan("BAD"), Plans.day(60)));
        assertEquals("Recurse without end", e.rule().orElseThrow());
        assertInstanceOf(StackOverflowError.class, rootCause(e));
        assertEquals(Scenarios.ENGINE.evaluate(plan("GOOD"), Plans.day(60)).decision(),
                overflow.evaluate(plan("GOOD"), Plans.day(60)).decision());

        PipEngine memory = throwing("new OutOfMemoryError(\"Java heap space\")");
        RuleExecutionException m = assertThrows(RuleExecutionException.class,
                () -> memory.evaluate(plan("BAD"), Plans.day(60)));
        assertTrue(m.getMessage().contains("OutOfMemoryError: Java heap space"), m.getMessage());
    }

    @Test
    void aRuntimeExceptionOfARuleNamesTheRule() throws IOException {
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> throwing("new IllegalStateException(\"boom\")").evaluate(plan("BAD"), Plans.day(60)));
        assertEquals("Throw on the bad plan", e.rule().orElseThrow());
        assertInstanceOf(IllegalStateException.class, rootCause(e));
    }

    @Test
    void theFiringLimitNamesTheRuleThatFiredMostAndRunsTheSessionOnce() throws IOException {
        SIDE_EFFECTS.set(0);
        PipEngine engine = PipEngine.builder().maxFirings(3_000).addRules(rule("touch.drl",
                "rule \"Touch the plan\"",
                "when",
                "    $p : PlanFact()",
                "then",
                "    dev.pip.rules.EngineReliabilityTest.SIDE_EFFECTS.incrementAndGet();",
                "    update($p);",
                "end")).build();
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> engine.evaluate(plan("P"), Plans.day(60)));
        assertEquals("Touch the plan", e.rule().orElseThrow(), e.getMessage());
        assertTrue(e.getMessage().startsWith("the rule set fired 3000 times without stopping; rule \"Touch the plan\""
                + " fired "), e.getMessage());
        int fired = Integer.parseInt(e.getMessage().replaceAll(".* fired (\\d+) times$", "$1"));
        assertEquals(fired, SIDE_EFFECTS.get(), "each firing's side effect happened once: the session ran once");
    }

    @Test
    void theTimeLimitStopsARuleSetThatKeepsFiringAndNamesTheRule() throws IOException {
        PipEngine engine = PipEngine.builder().maxFirings(Integer.MAX_VALUE).timeLimit(Duration.ofMillis(200))
                .addRules(rule("spin.drl",
                        "declare Tick n : long end",
                        "rule \"Start ticking\"",
                        "when",
                        "    PlanFact()",
                        "then",
                        "    insert(new Tick(0));",
                        "end",
                        "rule \"Tick forever\"",
                        "when",
                        "    $t : Tick()",
                        "then",
                        "    delete($t);",
                        "    insert(new Tick($t.getN() + 1));",
                        "end")).build();
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> engine.evaluate(plan("P"), Plans.day(60)));
        assertEquals("Tick forever", e.rule().orElseThrow(), e.getMessage());
        assertTrue(e.getMessage().startsWith("the evaluation took longer than its time limit of 200 ms"),
                e.getMessage());
    }

    @Test
    void theBuilderRejectsLimitsWithNoMeaning() {
        assertThrows(IllegalArgumentException.class, () -> PipEngine.builder().timeLimit(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> PipEngine.builder().timeLimit(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> PipEngine.builder().workBudget(0));
        assertThrows(IllegalArgumentException.class, () -> PipEngine.builder().maxFirings(0));
    }

    @Test
    void aPlanBeyondTheWorkBudgetIsRejectedBeforeAnyRuleRunsWithItsName() {
        PlanDocument.Builder b = Plans.base();
        List<Target> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(Target.behavioural("t" + i, dev.pip.core.Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build());
        }
        PlanDocument big = b.planId("BIG").targets(many).build();
        PipEngine engine = PipEngine.builder().workBudget(5_000).build();
        // As of day 60: 401 x 9 weeks plus 61 entries, within the budget.
        assertEquals("BIG", engine.evaluate(big, Plans.day(60)).planId());
        // A century later the timeline can reach 22 weeks: 401 x 22 + 61 is beyond it.
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> engine.evaluate(big, Plans.day(60).plusYears(100)));
        assertEquals("BIG", e.source());
        assertEquals("plan BIG asks for 8883 units of work by " + Plans.day(60).plusYears(100) + ", more than the"
                + " budget of 5000 (targets and tracked metrics times the weeks its timeline can reach, plus its"
                + " entries)", e.problems().get(0).message());
    }

    @Test
    void aRuleFileThatIsNotUtf8IsReportedWithItsNameLineAndColumn() throws IOException {
        Files.write(dir.resolve("latin1.drl"), "package dev.pip.rules;\n// caf\u00e9\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("also.drl"), new byte[] {'a', '\n', 'b', 'c', (byte) 0xC3});
        Files.writeString(dir.resolve("fine.drl"), "package dev.pip.rules;\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> PipEngine.builder().rules(dir).build());
        assertEquals(List.of(
                        new RuleProblem("also.drl", 2, 3, "the rule file is not UTF-8 text: these bytes are no UTF-8 character"),
                        new RuleProblem("latin1.drl", 2, 7, "the rule file is not UTF-8 text: these bytes are no UTF-8 character")),
                e.problems());
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
