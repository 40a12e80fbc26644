package dev.pip.rules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTestsTest {
    private static final PipEngine ENGINE = PipEngine.withDefaultRules();

    private static Map<String, CaseResult> byName(RuleTestRun run) {
        return run.results().stream().collect(Collectors.toMap(CaseResult::name, Function.identity()));
    }

    @Test
    void aFolderThatFailsOnPurposeReportsEveryDifferenceExpectedAgainstActual() {
        RuleTestRun run = RuleTests.run(ENGINE, List.of(Workbench.FAILING));
        Map<String, CaseResult> r = byName(run);

        assertFalse(run.allPassed());
        assertEquals("4 cases: 1 passed, 2 failed, 1 errors", run.summary());
        CaseResult pass = r.get("expects PASS, which the rules do not give");
        assertEquals(CaseResult.Outcome.FAILED, pass.outcome());
        assertEquals(List.of("decision: expected PASS, was EXTEND",
                "timeline: expected [CONTINUE@30, PASS@60], was [CONTINUE@30, EXTEND@60]",
                "rule \"Every behavioural target met at the end\": expected to fire, did not"), pass.differences());
        assertTrue(r.get("extends at day 60").passed(), () -> r.get("extends at day 60").differences().toString());
        assertEquals(List.of("rule \"Gate pased\": expected to fire, but the rule set has no rule of that name"),
                r.get("a misspelt rule name").differences());
    }

    @Test
    void aBrokenCaseIsAnErrorNamingEveryProblemAndTheOthersStillRun() {
        RuleTestRun run = RuleTests.run(ENGINE, List.of(Workbench.FAILING));
        CaseResult broken = run.results().stream().filter(c -> c.source().endsWith("03-broken.json")).findFirst()
                .orElseThrow();

        assertEquals(CaseResult.Outcome.ERROR, broken.outcome());
        assertEquals(List.of(
                "$.expected: unknown field; known: $schema, asOf, description, expect, name, plan, planFile",
                "$.asOf: expected an ISO date (YYYY-MM-DD), was \"2026-13-01\"",
                "$.expect.decision: expected one of [PENDING, NOT_ACTIVATABLE, CONTINUE, EXIT, EXTEND, PASS, CLOSED,"
                        + " REGRESSION, HR_REVIEW, INSUFFICIENT_DATA], was \"PASSED\"",
                "$.expect.timeline[0].day: missing"), broken.differences());
        assertEquals(4, run.results().size());
    }

    @Test
    void recordWritesTheCurrentAnswersIntoCasesWithoutExpectationsOnly(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("plans"));
        Files.copy(Workbench.DIALS_PLAN, dir.resolve("plans/plan.json"));
        Path empty = Files.writeString(dir.resolve("new.json"),
                "{\"asOf\": \"2026-11-10\", \"planFile\": \"plans/plan.json\"}", StandardCharsets.UTF_8);
        Path kept = Files.writeString(dir.resolve("kept.json"), "{\"asOf\": \"2026-11-10\", \"planFile\": \"plans/plan.json\","
                + " \"expect\": {\"decision\": \"PASS\"}}", StandardCharsets.UTF_8);

        List<Path> written = RuleTests.record(ENGINE, List.of(dir));

        assertEquals(List.of(empty), written);
        RuleCase recorded = RuleCases.read(empty);
        assertEquals("EXTEND", recorded.expect().decision().orElseThrow().name());
        assertEquals(List.of(new Expectations.Step(dev.pip.core.Decision.CONTINUE, 30),
                new Expectations.Step(dev.pip.core.Decision.EXTEND, 60)), recorded.expect().timeline().orElseThrow());
        assertTrue(recorded.expect().rulesFired().contains("Meaningful improvement extends the plan"));
        assertFalse(recorded.expect().rulesFired().contains("Week judged"), "only decision-level rules are recorded");
        assertTrue(RuleTests.run(ENGINE, recorded).passed());
        assertTrue(Files.readString(kept).contains("\"decision\": \"PASS\"}"), "a case with expectations is left alone");
    }

    @Test
    void junitXmlHasOneTestcasePerCaseWithFailuresAndErrors() {
        RuleTestRun run = RuleTests.run(ENGINE, List.of(Workbench.FAILING));
        String xml = JUnitReport.xml(run, "bundled");

        assertTrue(xml.contains("<testsuite name=\"bundled\" tests=\"4\" failures=\"2\" errors=\"1\" skipped=\"0\">"), xml);
        assertTrue(xml.contains("<testcase classname=\"bundled\" name=\"extends at day 60\""), xml);
        assertTrue(xml.contains("<failure message=\"decision: expected PASS, was EXTEND\">"), xml);
        assertTrue(xml.contains("<error message=\"$.expected: unknown field;"), xml);
        assertTrue(xml.contains("rule &quot;Gate pased&quot;"), xml);
    }

    @Test
    void coverageOfTheRunCountsEveryRuleTheCasesFired() {
        RuleTestRun run = RuleTests.run(ENGINE, List.of(Workbench.FAILING));
        Coverage c = run.coverage();

        assertEquals(3, c.evaluated());
        long weeksJudged = c.rules().stream().filter(r -> r.rule().name().equals("Week judged")).findFirst().orElseThrow()
                .firings();
        // 3 cases x 3 targets x 9 weeks: the 8 weeks of the plan window and the first week after it.
        assertEquals(3 * 3 * 9, weeksJudged);
    }
}
