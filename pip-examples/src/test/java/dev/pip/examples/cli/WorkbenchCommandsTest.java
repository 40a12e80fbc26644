package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pip.rules.BundledRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pip rules test | coverage | diff and pip explain, on a rule folder exported and edited as a user would. */
class WorkbenchCommandsTest {
    private static final Path FAILING = Path.of("../pip-rules/src/test/resources/dev/pip/rules/workbench/failing");
    private static final Path DIALS = Path.of("../pip-rules/src/test/resources/dev/pip/rules/workbench/plans/"
            + "dials-missed-in-week-6.json");
    private static final Path CASES = Path.of("src/main/resources/dev/pip/examples/cases");

    @TempDir
    static Path edited;

    /** Exported, then edited by hand: the support-shortfall guard is switched off. */
    @BeforeAll
    static void exportAndEdit() throws IOException {
        assertEquals(0, Cli.run("rules", "export", edited.toString()).code());
        Path guards = edited.resolve("guards.drl");
        String text = Files.readString(guards, StandardCharsets.UTF_8);
        String from = "rule \"Support shortfall\"";
        int at = text.indexOf(from);
        int when = text.indexOf("when", at);
        assertTrue(at >= 0 && when > at, "guards.drl has no rule \"Support shortfall\" with a when");
        Files.writeString(guards, text.substring(0, when) + "when\n    eval(false)" + text.substring(when + 4),
                StandardCharsets.UTF_8);
    }

    @Test
    void rulesTestPrintsALinePerCaseASummaryAndExitsOneOnFailure(@TempDir Path dir) throws IOException {
        Path junit = dir.resolve("reports/cases.xml");
        Cli.Result r = Cli.run("rules", "test", "--junit", junit.toString(), FAILING.toString());

        assertEquals(1, r.code(), r::toString);
        assertTrue(r.outLines().contains("PASS  extends at day 60"), r::toString);
        assertTrue(r.out().contains("FAIL  expects PASS, which the rules do not give ("), r::toString);
        assertTrue(r.out().contains("decision: expected PASS, was EXTEND"), r::toString);
        assertTrue(r.out().contains("ERROR 03-broken ("), r::toString);
        assertTrue(r.outLines().contains("4 cases: 1 passed, 2 failed, 1 errors (rule set bundled)"), r::toString);
        assertTrue(Files.readString(junit).contains("<testsuite name=\"pip rules test bundled\" tests=\"4\" failures=\"2\""));
    }

    @Test
    void theShippedCasesPassOnTheBundledRulesAndReachEveryDecision() {
        Cli.Result r = Cli.run("rules", "test", "--coverage", CASES.toString());

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("17 cases: 17 passed, 0 failed, 0 errors"), r::toString);
        assertTrue(r.out().contains("Decisions never reached: none"), r::toString);
        assertTrue(r.out().matches("(?s).*\\n +\\d+  gate\\.drl:\\d+ +\"Gate passed\"\\n.*"), r::toString);
    }

    @Test
    void rulesTestRecordFillsNewCases(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("plans"));
        Files.copy(DIALS, dir.resolve("plans/dials.json"));
        Files.writeString(dir.resolve("new.json"), "{\"asOf\": \"2026-11-10\", \"planFile\": \"plans/dials.json\"}");

        Cli.Result r = Cli.run("rules", "test", "--record", dir.toString());

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.outLines().get(0).startsWith("recorded "), r::toString);
        assertTrue(Files.readString(dir.resolve("new.json")).contains("\"decision\": \"EXTEND\""));
    }

    @Test
    void rulesCoverageFailsBelowTheMinimumAndListsRulesNeverFired() {
        Cli.Result r = Cli.run("rules", "coverage", "--generated", "60", "--seed", "5", "--min-coverage", "99.5");

        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("Never fired ("), r::toString);
        assertTrue(r.err().contains("is below --min-coverage 99.5%"), r::toString);
    }

    @Test
    void rulesDiffShowsTheChangeOfAHandEditedFolderAndBlocksATransition() throws IOException {
        Cli.Result r = Cli.run("rules", "diff", "--base", "bundled", "--rules", edited.toString(), "--generated", "400",
                "--seed", "42", "--fail-on", "HR_REVIEW->EXIT");

        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("base:    bundled "), r::toString);
        assertTrue(r.out().contains("\nchanged: " + edited.getFileName() + " "), r::toString);
        assertTrue(r.out().matches("(?s).*\\n  HR_REVIEW -> EXIT +\\d+\\n.*"), r::toString);
        assertTrue(r.out().contains("\"Exit stands\" 0 -> 1, \"HR review in place of exit\" 1 -> 0"), r::toString);
        assertTrue(r.err().contains("blocked: "), r::toString);

        Cli.Result json = Cli.run("rules", "diff", "--base", "bundled", "--rules", edited.toString(), "--generated",
                "400", "--seed", "42", "--format", "json", "--fail-on", "*->PASS");
        assertEquals(0, json.code(), json::toString);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(400, root.get("plans").asInt());
        assertEquals(root.get("changedPlans").asInt(), root.get("changes").size());
        assertEquals(400, root.get("unchanged").asInt() + root.get("changedPlans").asInt() + root.get("failed").asInt());
    }

    @Test
    void rulesDiffOfAnUneditedCopyChangesNothing(@TempDir Path dir) {
        BundledRules.exportTo(dir);
        Cli.Result r = Cli.run("rules", "diff", "--base", "bundled", "--rules", dir.toString(), "--generated", "100");

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("100 plans: 100 unchanged, 0 changed, 0 failed"), r::toString);
    }

    @Test
    void explainSaysWhyNotPassInWordsAManagerReads() {
        Cli.Result r = Cli.run("explain", "--as-of", "2026-11-10", "--rules", edited.toString(), DIALS.toString());

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Day 60 (final decision, 2026-11-05): EXTEND"), r::toString);
        assertTrue(r.outLines().contains("  PASS not reached: Outbound dials missed its goal of 80 in week 6 (71)"),
                r::toString);
        assertTrue(r.out().contains("[10] \"Gate passed\" (gate.drl:"), r::toString);
    }

    @Test
    void explainReportsAnUnreadablePlanWithItsPath(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"planId\": 7}");
        Cli.Result r = Cli.run("explain", "--as-of", "2026-11-10", bad.toString());

        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("bad.json: $.planId"), r::toString);
    }
}
