package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pip.rules.BundledRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A problem line: FILE: $.json.path: message. */
    private static final String PROBLEM_LINE = "^.+: \\$[^ ]*: .+$";

    @TempDir
    Path dir;

    @Test
    void textReportShowsRecommendationDecisionTimelineReasonsAndTheWeeklyTable() throws IOException {
        Path plan = SampleFiles.copy(dir, "02-effort-gap.json");
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", plan.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Plan PIP-2026-102"), r::toString);
        assertTrue(r.out().contains("Recommendation: PIP"), r::toString);
        assertTrue(r.out().contains("Decision:       EXIT"), r::toString);
        assertTrue(r.out().contains("EXIT on day 30 (2026-11-10)"), r::toString);
        assertTrue(r.out().contains("Reasons:"), r::toString);
        assertTrue(r.out().contains("Outbound dials"), "weekly table names the targets: " + r);
        assertTrue(r.out().contains("62/>=80 *"), "a missed week shows value, goal and a mark: " + r);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void jsonFormatPrintsOneObjectPerDocumentPerLineInFolderOrder() throws IOException {
        SampleFiles.copy(dir, "05-pass-that-sticks.json", "01-discovery-skills-gap.json", "02-effort-gap.json");
        Files.writeString(dir.resolve("notes.txt"), "not a plan");
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", "--format", "json", dir.toString());
        assertEquals(0, r.code(), r::toString);
        List<String> ids = new ArrayList<>();
        for (String line : r.outLines()) {
            JsonNode n = JSON.readTree(line);
            ids.add(n.get("planId").asText());
            for (String field : new String[] {"asOf", "recommendation", "decision", "timeline", "reasons", "findings",
                    "weeks", "ruleSet"}) {
                assertTrue(n.has(field), field + " in " + line);
            }
            assertEquals("2026-11-20", n.get("asOf").asText());
        }
        assertEquals(List.of("PIP-2026-101", "PIP-2026-102", "PIP-2026-105"), ids);
    }

    @Test
    void asOfDefaultsToToday() throws IOException {
        Path plan = SampleFiles.copy(dir, "09-first-weeks.json");
        LocalDate before = LocalDate.now();
        Cli.Result r = Cli.run("evaluate", "--format", "json", plan.toString());
        LocalDate after = LocalDate.now();
        assertEquals(0, r.code(), r::toString);
        LocalDate asOf = LocalDate.parse(JSON.readTree(r.out()).get("asOf").asText());
        assertTrue(!asOf.isBefore(before) && !asOf.isAfter(after), "as of " + asOf + ", run between " + before + " and " + after);
    }

    @Test
    void aJsonLinesFileHoldsOneDocumentPerLineAndABadLineIsReportedByLineNumber() throws IOException {
        Path jsonl = dir.resolve("plans.jsonl");
        Files.writeString(jsonl, SampleFiles.oneLine("01-discovery-skills-gap.json") + "\n"
                + "{\"planId\": \"PIP-BROKEN\", \n"
                + SampleFiles.oneLine("02-effort-gap.json") + "\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", "--format", "json", jsonl.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals(2, r.outLines().size(), r::toString);
        assertFalse(r.errLines().isEmpty(), r::toString);
        for (String line : r.errLines()) {
            assertTrue(line.startsWith(jsonl + ":2: $"), line);
        }
    }

    @Test
    void aMalformedFileAmongGoodOnesIsOneProblemLineAndTheGoodOnesAreStillPrinted() throws IOException {
        SampleFiles.copy(dir, "01-discovery-skills-gap.json", "02-effort-gap.json");
        Files.writeString(dir.resolve("015-broken.json"), "{\"planId\": \"PIP-X\", \"targets\": [", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", dir.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("Plan PIP-2026-101"), r::toString);
        assertTrue(r.out().contains("Plan PIP-2026-102"), r::toString);
        assertFalse(r.errLines().isEmpty(), r::toString);
        for (String line : r.errLines()) {
            assertTrue(line.startsWith(dir.resolve("015-broken.json") + ": $"), line);
            assertTrue(line.matches(PROBLEM_LINE), line);
        }
        assertFalse(r.err().contains("Exception"), "no stack trace without --verbose: " + r);
    }

    @Test
    void aDocumentWithDecisionsOfRecordIsDecidedFollowingThem() throws IOException {
        Path plan = SampleFiles.copy(dir, "18-hr-reviews-exit-into-extension.json");
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", "--format", "json", plan.toString());
        assertEquals(0, r.code(), r::toString);
        JsonNode e = JSON.readTree(r.out());
        assertEquals("PASS", e.get("decision").asText());
        JsonNode extend = e.get("timeline").get(1);
        assertEquals("{\"decision\":\"EXTEND\",\"day\":60,\"date\":\"2026-11-05\",\"recorded\":true,\"by\":\"hr-4\"}",
                extend.toString());
        assertFalse(e.get("timeline").get(2).get("recorded").asBoolean(), "the rules judged the extension");
        assertFalse(e.get("humanReviewRequired").asBoolean());
        List<String> codes = new ArrayList<>();
        e.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        assertTrue(codes.contains("RECORD_DIFFERS_FROM_RULES"), codes::toString);
    }

    @Test
    void everyProblemOfARecordIsItsOwnLineWithItsJsonPath() throws IOException {
        String text = SampleFiles.oneLine("18-hr-reviews-exit-into-extension.json")
                .replace("\"decision\": \"EXTEND\"", "\"decision\": \"HR_REVIEW\"")
                .replace("\"day\": 30", "\"day\": 0");
        Path bad = Files.writeString(dir.resolve("bad-records.json"), text, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", bad.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(bad + ": $.decisions[0].day: ")), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(bad + ": $.decisions[1].decision: HR_REVIEW is"
                + " never a person's decision")), r::toString);
        r.errLines().forEach(l -> assertTrue(l.matches(PROBLEM_LINE), l));
    }

    @Test
    void everyProblemOfADocumentIsItsOwnLineWithItsJsonPath() throws IOException {
        String text = SampleFiles.oneLine("02-effort-gap.json")
                .replace("\"windowDays\": 60", "\"windowDays\": \"sixty\"")
                .replace("\"direction\": \"AT_MOST\"", "\"direction\": \"BELOW\"");
        Path bad = Files.writeString(dir.resolve("bad.json"), text, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", bad.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(bad + ": $.windowDays: ")), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(bad + ": $.targets[2].direction: ")), r::toString);
        r.errLines().forEach(l -> assertTrue(l.matches(PROBLEM_LINE), l));
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "[]", StandardCharsets.UTF_8);
        Cli.Result quiet = Cli.run("evaluate", bad.toString());
        Cli.Result verbose = Cli.run("evaluate", "--verbose", bad.toString());
        assertEquals(1, quiet.code(), quiet::toString);
        assertEquals(1, verbose.code(), verbose::toString);
        assertFalse(quiet.err().contains("InvalidPlanException"), quiet::toString);
        assertTrue(verbose.err().contains("InvalidPlanException"), verbose::toString);
    }

    @Test
    void aMissingFileIsRejectedAndTheOthersStillEvaluated() throws IOException {
        Path good = SampleFiles.copy(dir, "02-effort-gap.json");
        Path missing = dir.resolve("nope.json");
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", missing.toString(), good.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith(missing + ": $"), r::toString);
        assertTrue(r.out().contains("PIP-2026-102"), r::toString);
    }

    @Test
    void aRuleFolderReplacesTheBundledRules() throws IOException {
        Path rules = dir.resolve("acme-rules");
        BundledRules.exportTo(rules);
        Path plan = SampleFiles.copy(dir, "02-effort-gap.json");
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", "--format", "json", "--rules", rules.toString(),
                plan.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("acme-rules", JSON.readTree(r.out()).get("ruleSet").get("name").asText());
    }

    @Test
    void aRuleFolderThatDoesNotBuildIsReportedByFileLineAndColumn() throws IOException {
        Path rules = dir.resolve("rules");
        BundledRules.exportTo(rules);
        Files.writeString(rules.resolve("gate.drl"), "\nrule \"broken\" when then nonsense(; end\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path plan = SampleFiles.copy(dir, "02-effort-gap.json");
        Cli.Result r = Cli.run("evaluate", "--rules", rules.toString(), plan.toString());
        assertEquals(4, r.code(), "the rules failed, not the document: " + r);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.matches(".*gate\\.drl:\\d+:\\d+: .+")), r::toString);
    }

    @Test
    void aRuleThatFailsOnOnePlanRejectsThatPlanOnlyAndTheOthersAreStillPrinted() throws IOException {
        Path rules = dir.resolve("rules");
        BundledRules.exportTo(rules);
        Files.writeString(rules.resolve("failing.drl"), String.join("\n",
                "package dev.pip.rules;",
                "import dev.pip.rules.facts.PlanFact;",
                "rule \"Fails on one plan\"",
                "when",
                "    PlanFact(planId == \"PIP-2026-102\")",
                "then",
                "    throw new IllegalStateException(\"boom\");",
                "end", ""), StandardCharsets.UTF_8);
        Path first = SampleFiles.copy(dir, "01-discovery-skills-gap.json");
        Path second = SampleFiles.copy(dir, "02-effort-gap.json");
        Path third = SampleFiles.copy(dir, "05-pass-that-sticks.json");
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", "--format", "json", "--rules", rules.toString(),
                first.toString(), second.toString(), third.toString());
        assertEquals(4, r.code(), "a rule failure, not a document error: " + r);
        assertEquals(2, r.outLines().size(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith(second + ": rules failed: "), r::toString);
        assertTrue(r.err().contains("boom"), r::toString);
    }
}
