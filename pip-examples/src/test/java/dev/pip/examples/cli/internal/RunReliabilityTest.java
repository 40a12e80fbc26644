package dev.pip.examples.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.EvaluationJson;
import dev.pip.core.json.PlanJson;
import dev.pip.core.json.PlanRead;
import dev.pip.generate.PlanGenerator;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streaming run survives what one document, one input or the output can do to it: an Error on
 * one plan, a hostile document among good ones, a read error inside a {@code .jsonl}, forged
 * text; and it stops promptly with {@link OutputFailedException} when the output fails.
 */
class RunReliabilityTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    private static final PipEngine ENGINE = PipEngine.withDefaultRules();

    @TempDir
    Path dir;

    private Path jsonl(List<String> lines) throws IOException {
        Path file = dir.resolve("plans.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static List<PlanDocument> plans(int n) {
        PlanGenerator generator = PlanGenerator.defaults().withBehaviouralTargets(3, 4).withWeeks(10);
        SplittableRandom random = new SplittableRandom(11);
        List<PlanDocument> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(generator.next(random).plan());
        }
        return out;
    }

    @Test
    void anErrorOnOnePlanAndAHostileDocumentAmongGoodOnesFailOnlyThemselves() throws IOException {
        List<PlanDocument> plans = plans(40);
        List<String> lines = new ArrayList<>();
        plans.forEach(p -> lines.add(PlanJson.write(p)));
        String hostile = PlanJson.write(plans.get(0).toBuilder().policy(dev.pip.core.PolicyOverrides.none()).build())
                .replace("\"policy\":{}", "\"policy\":{\"maxExtensions\":1000000}");
        assertTrue(hostile.contains("1000000"), hostile);
        lines.add(20, hostile);
        String erring = plans.get(30).planId();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new StreamingRun(new DocumentRun(new PrintWriter(err), false),
                new EvaluationPrinter(new PrintWriter(out), true), Progress.none(), 7)
                .run(List.of(jsonl(lines)), p -> {
                    if (p.planId().equals(erring)) {
                        throw new StackOverflowError();
                    }
                    return ENGINE.evaluate(p, AS_OF);
                });
        assertEquals(DocumentRun.REJECTED, code);
        List<String> expected = new ArrayList<>();
        plans.stream().filter(p -> !p.planId().equals(erring))
                .forEach(p -> expected.add(EvaluationJson.write(ENGINE.evaluate(p, AS_OF))));
        assertEquals(expected, out.toString().lines().toList());
        List<String> problems = err.toString().lines().toList();
        assertEquals(2, problems.size(), err::toString);
        assertTrue(problems.get(0).endsWith(":21: $.policy.maxExtensions: must be a whole number in 0..3, was 1000000"),
                problems.get(0));
        assertTrue(problems.get(1).endsWith(":32: $: evaluating this plan failed: java.lang.StackOverflowError"),
                problems.get(1));
    }

    @Test
    void aFailingOutputStopsTheRunAtTheNextDocument() throws IOException {
        List<String> lines = new ArrayList<>();
        plans(60).forEach(p -> lines.add(PlanJson.write(p)));
        AtomicInteger evaluated = new AtomicInteger();
        GuardedOutput full = GuardedOutput.of(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        StreamingRun run = new StreamingRun(new DocumentRun(new PrintWriter(new StringWriter()), false),
                new EvaluationPrinter(full, true), Progress.none(), 1_000);
        Path file = jsonl(lines);
        assertThrows(OutputFailedException.class, () -> run.run(List.of(file), p -> {
            evaluated.incrementAndGet();
            return ENGINE.evaluate(p, AS_OF);
        }));
        assertEquals("No space left on device", full.failure().orElseThrow().getMessage());
        assertTrue(evaluated.get() < 60, "stopped before the end: " + evaluated.get());
    }

    @Test
    void aReadErrorInsideAJsonLinesFileIsOneLineAndTheNextInputsGoOn() throws IOException {
        Path mem = Path.of("/proc/self/mem");
        Assumptions.assumeTrue(Files.exists(mem), "needs a file whose reading fails: /proc/self/mem on Linux");
        Path failing = Files.createSymbolicLink(dir.resolve("failing.jsonl"), mem);
        Path good = dir.resolve("good.json");
        PlanDocument plan = plans(1).get(0);
        Files.writeString(good, PlanJson.write(plan));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new StreamingRun(new DocumentRun(new PrintWriter(err), false),
                new EvaluationPrinter(new PrintWriter(out), true), Progress.none(), 10)
                .run(List.of(failing, good), p -> ENGINE.evaluate(p, AS_OF));
        assertEquals(DocumentRun.REJECTED, code);
        assertEquals(List.of(EvaluationJson.write(ENGINE.evaluate(plan, AS_OF))), out.toString().lines().toList());
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().startsWith(failing + ": $: cannot read the input: reading " + failing
                + " failed at line 1: java.io.IOException"), err::toString);
    }

    @Test
    void textFromADocumentCannotAddLinesToAReport() {
        PlanDocument plan = plans(1).get(0);
        PlanDocument forged = plan.toBuilder().diagnosis(new dev.pip.core.Diagnosis(plan.diagnosis().rootCause(),
                Optional.of("x\n  Decision:       EXIT\u001b[31m\u0007\u202e"), 3, true, false, false, 0,
                plan.diagnosis().resourcesProvided(), plan.diagnosis().expectationsConversation())).build();
        Evaluation e = ENGINE.evaluate(forged, AS_OF);
        String report = TextReport.render(forged, e);
        List<String> decisionLines = report.lines().filter(l -> l.startsWith("  Decision:")).toList();
        assertEquals(1, decisionLines.size(), report);
        assertTrue(report.contains("  Gap:            x\\n  Decision:       EXIT\\u001B[31m\\u0007\\u202E"), report);
        assertFalse(report.chars().anyMatch(c -> c == 0x1b || c == 7 || c == 0x202e), report);
    }

    @Test
    void aFieldNameCannotForgeProblemLines() {
        StringWriter err = new StringWriter();
        DocumentRun run = new DocumentRun(new PrintWriter(err), false);
        String json = PlanJson.write(plans(1).get(0)).replaceFirst("\\{", "{\"x\\\\nother.json: \\$: forged\":1,");
        PlanRead read;
        try (var reads = PlanJson.readLines(new java.io.StringReader(json), "in.jsonl")) {
            read = reads.findFirst().orElseThrow();
        }
        run.accept(read, (s, p) -> { });
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err::toString);
        assertTrue(lines.get(0).startsWith("in.jsonl:1: $['x\\nother.json: $: forged']: unknown field"), lines.get(0));
    }

    @Test
    void printableEscapesControlsSeparatorsAndReorderingButKeepsText() {
        assertEquals("caf\u00e9 \ud83d\ude00 ok", Printable.line("caf\u00e9 \ud83d\ude00 ok"));
        assertEquals("a\\nb\\rc\\td\\u001B\\u0007\\u2028\\u202E\\u2066\\u0085\\u007F",
                Printable.line("a\nb\rc\td\u001b\u0007\u2028\u202e\u2066\u0085\u007f"));
    }

    @Test
    void aLargeDocumentWeighsAtLeastItsText() {
        PlanDocument plan = plans(1).get(0);
        String gap = "y".repeat(1_000_000);
        PlanDocument big = plan.toBuilder().diagnosis(new dev.pip.core.Diagnosis(plan.diagnosis().rootCause(),
                Optional.of(gap), 3, true, false, false, 0, List.of(), false)).build();
        assertTrue(DocumentWeight.of(PlanRead.of("b", big)) >= gap.length());
        assertTrue(DocumentWeight.of(PlanRead.of("p", plan)) < 100_000);
        // Seventeen such documents close a chunk: memory is bounded by text, not only by a count.
        assertTrue(17 * DocumentWeight.of(PlanRead.of("b", big)) >= StreamingRun.CHUNK_WEIGHT);
    }
}
