package dev.pip.examples.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.PlanDocument;
import dev.pip.core.json.EvaluationJson;
import dev.pip.core.json.PlanJson;
import dev.pip.generate.PlanGenerator;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingRunTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    private static final PipEngine ENGINE = PipEngine.withDefaultRules();

    @TempDir
    Path dir;

    @Test
    void aPlanTheRulesFailOnIsReportedInItsPlaceAndTheChunksAroundItStillPrintInOrder() throws IOException {
        List<PlanDocument> plans = plans(23);
        Path jsonl = dir.resolve("plans.jsonl");
        List<String> lines = new ArrayList<>();
        plans.forEach(p -> lines.add(PlanJson.write(p)));
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        String failing = plans.get(9).planId();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new StreamingRun(new DocumentRun(new PrintWriter(err), false),
                new EvaluationPrinter(new PrintWriter(out), true), Progress.none(), 4)
                .run(List.of(jsonl), p -> {
                    if (p.planId().equals(failing)) {
                        throw new IllegalStateException("boom");
                    }
                    return ENGINE.evaluate(p, AS_OF);
                });
        assertEquals(DocumentRun.RULES_FAILED, code, "a fault of the rules, not of the document");
        List<String> expected = new ArrayList<>();
        plans.stream().filter(p -> !p.planId().equals(failing))
                .forEach(p -> expected.add(EvaluationJson.write(ENGINE.evaluate(p, AS_OF))));
        assertEquals(expected, out.toString().lines().toList());
        assertTrue(err.toString().startsWith(jsonl + ":10: rules failed: a rule threw "), err::toString);
    }

    @Test
    void progressCountsDocumentsAndEndsItsLineOnlyWhenShown() {
        StringWriter err = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(err));
        progress.advance(1_000);
        progress.advance(2_000);
        progress.breakLine();
        progress.breakLine();
        assertEquals(3_000, progress.documents());
        assertTrue(err.toString().matches("\\r1,000 documents, [\\d,]+/s\\r3,000 documents, [\\d,]+/s\\R"), err::toString);
        Progress none = Progress.none();
        none.advance(5);
        none.breakLine();
        assertEquals(5, none.documents());
    }

    @Test
    void aChunkMustHoldAtLeastOneDocument() {
        assertThrows(IllegalArgumentException.class, () -> new StreamingRun(
                new DocumentRun(new PrintWriter(new StringWriter()), false),
                new EvaluationPrinter(new PrintWriter(new StringWriter()), true), Progress.none(), 0));
    }

    private static List<PlanDocument> plans(int n) {
        PlanGenerator generator = PlanGenerator.defaults().withBehaviouralTargets(4, 4).withWeeks(12);
        SplittableRandom random = new SplittableRandom(5);
        List<PlanDocument> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(generator.next(random).plan());
        }
        return out;
    }
}
