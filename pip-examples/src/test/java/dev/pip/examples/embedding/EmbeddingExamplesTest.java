package dev.pip.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.examples.samples.SamplePlans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExamplesTest {
    @TempDir
    Path dir;

    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);

    @Test
    void theDocumentsExampleWritesThePlanToSignTheReportAndTheOverview() throws IOException {
        var files = DocumentsExample.write(SamplePlans.read("07-support-shortfall.json"), SamplePlans.DEMO_AS_OF, dir);
        assertEquals(3, files.size());
        assertTrue(Files.readString(files.get(0)).contains("id=\"signatures\""));
        assertTrue(Files.readString(files.get(1)).contains("id=\"review-banner\""), "an HR review asks for a person");
        assertTrue(Files.readString(files.get(2)).contains("HR review"));
    }

    @Test
    void theDefaultRulesExamplePrintsTheDecisionAndAsksForAPersonOnAnExit() {
        Evaluation e = DefaultRulesExample.run(SamplePlans.read("02-effort-gap.json"), SamplePlans.DEMO_AS_OF, out);
        assertEquals(Decision.EXIT, e.decision());
        assertTrue(text.toString().startsWith("PIP-2026-102 as of 2026-11-20: recommendation PIP, decision EXIT"), text::toString);
        assertTrue(text.toString().contains("A person must review"), text::toString);
    }

    @Test
    void theDefaultRulesExampleRunsFromItsMainMethodWithAFile() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), SamplePlans.text("09-first-weeks.json"), StandardCharsets.UTF_8);
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            DefaultRulesExample.main(new String[] {plan.toString(), "2026-11-20"});
        } finally {
            System.setOut(original);
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("PIP-2026-109 as of 2026-11-20: recommendation PIP"),
                () -> printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theOwnRulesExampleLetsATwoTargetPlanPassTheTargetCountCheck() throws IOException {
        Evaluation e = OwnRulesExample.run(dir.resolve("rules"), out);
        assertFalse(e.findings().stream().anyMatch(f -> f.code().equals("TOO_FEW_BEHAVIOURAL_TARGETS")), text::toString);
        assertEquals("two-targets-allowed", e.ruleSet().name());
        String[] lines = text.toString().split("\\R");
        assertTrue(lines[0].contains("TOO_FEW_BEHAVIOURAL_TARGETS"), "the bundled rules still count: " + text);
        assertTrue(Files.readString(dir.resolve("rules/plan-checks.drl")).contains(OwnRulesExample.ONE_FEWER));
    }

    @Test
    void theBatchExampleCountsDecisionsAndSkipsUnreadableLines() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (String name : new String[] {"02-effort-gap.json", "07-support-shortfall.json", "11-team-wide-slump.json"}) {
            jsonl.append(SamplePlans.text(name).replaceAll("\\s*\\R\\s*", " ").strip()).append('\n');
        }
        jsonl.append("{\"planId\": \"PIP-BAD\"}\n");
        Path file = Files.writeString(dir.resolve("plans.jsonl"), jsonl, StandardCharsets.UTF_8);
        Map<Decision, Integer> tally = BatchExample.run(file, SamplePlans.DEMO_AS_OF, out);
        assertEquals(Map.of(Decision.EXIT, 1, Decision.HR_REVIEW, 1, Decision.NOT_ACTIVATABLE, 1), tally);
        assertTrue(text.toString().contains("skipped " + file + ":4: "), text::toString);
    }

    @Test
    void theReasonsExamplePrintsRulesSentencesAndEvidence() {
        Evaluation e = ReasonsExample.run("04-passes-then-regresses.json", out);
        assertEquals(Decision.REGRESSION, e.decision());
        assertFalse(e.reasons().isEmpty());
        for (var reason : e.reasons()) {
            assertTrue(text.toString().contains("reason from rule \"" + reason.rule() + "\": " + reason.message()), reason::rule);
            reason.evidence().forEach((k, v) -> assertTrue(text.toString().contains("    " + k + " = " + v), k));
        }
        assertTrue(text.toString().contains("human review required: false"), text::toString);
    }
}
