package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonLinesTest {
    private static final String GOOD = Documents.MINIMAL.replace("\n", " ");

    private static List<PlanRead> readAll(String text) {
        try (Stream<PlanRead> reads = PlanJson.readLines(new StringReader(text), "plans.jsonl")) {
            return reads.toList();
        }
    }

    @Test
    void aBadLineInTheMiddleIsReportedAndTheOthersStillRead() {
        List<PlanRead> reads = readAll(GOOD + "\n{\"planId\": \"P-2\", \"rep\": \n" + GOOD.replace("P-1", "P-3") + "\n");

        assertEquals(List.of("plans.jsonl:1", "plans.jsonl:2", "plans.jsonl:3"),
                reads.stream().map(PlanRead::source).toList());
        assertEquals("P-1", reads.get(0).plan().orElseThrow().planId());
        assertEquals("P-3", reads.get(2).plan().orElseThrow().planId());
        InvalidPlanException error = reads.get(1).error().orElseThrow();
        assertEquals("plans.jsonl:2", error.source());
        assertTrue(error.problems().get(0).message().startsWith("malformed JSON at line 2, column"),
                error.problems().get(0).message());
        assertTrue(reads.get(1).plan().isEmpty());
    }

    @Test
    void anInvalidDocumentOnALineListsItsProblemsWithTheLineAsSource() {
        List<PlanRead> reads = readAll(GOOD + "\n" + GOOD.replace("\"EFFORT\"", "\"EFORT\"").replace("\"r-1\"", "1"));

        InvalidPlanException error = reads.get(1).error().orElseThrow();
        assertEquals(List.of("$.rep.id", "$.diagnosis.rootCause"),
                error.problems().stream().map(Problem::path).toList());
        assertTrue(error.getMessage().contains("plans.jsonl:2: $.rep.id: expected a string"), error.getMessage());
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        List<PlanRead> reads = readAll("\n" + GOOD + "\n   \n\n" + GOOD + "\n\n");

        assertEquals(List.of("plans.jsonl:2", "plans.jsonl:5"), reads.stream().map(PlanRead::source).toList());
        assertTrue(reads.stream().allMatch(PlanRead::isValid));
    }

    @Test
    void windowsLineEndsAndAMissingLastLineEndRead() {
        List<PlanRead> reads = readAll(GOOD + "\r\n" + GOOD);

        assertEquals(2, reads.size());
        assertTrue(reads.stream().allMatch(PlanRead::isValid), reads.toString());
    }

    @Test
    void anEmptySourceHasNoDocuments() {
        assertEquals(List.of(), readAll(""));
    }

    @Test
    void aLineLongerThanTheLimitIsReportedAndSkippedWithoutHoldingIt() {
        String text = GOOD + "\n" + "[" + " ".repeat(5000) + "]\n" + GOOD;
        List<PlanRead> reads;
        try (Stream<PlanRead> s = PlanJson.readLines(new StringReader(text), "big.jsonl", new JsonLimits(1000, 64))) {
            reads = s.toList();
        }

        assertEquals(3, reads.size());
        assertEquals(new Problem("$", "the line is too long; at most 1000 characters are read per document"),
                reads.get(1).error().orElseThrow().problems().get(0));
        assertTrue(reads.get(2).isValid());
    }

    @Test
    void closingTheStreamClosesTheReader() {
        CountingReader reader = new CountingReader(3);
        try (Stream<PlanRead> reads = PlanJson.readLines(reader, "r")) {
            assertEquals(1, reads.limit(1).count());
        }
        assertTrue(reader.closed);
    }

    @Test
    void twoHundredThousandLinesStreamThroughOneLineAtATime() {
        int lines = 200_000;
        CountingReader reader = new CountingReader(lines);
        long valid;
        try (Stream<PlanRead> reads = PlanJson.readLines(reader, "million.jsonl")) {
            valid = reads.filter(PlanRead::isValid).count();
        }
        assertEquals(lines, valid);
    }

    @Test
    void theStreamIsLazy() {
        CountingReader reader = new CountingReader(1_000_000);
        try (Stream<PlanRead> reads = PlanJson.readLines(reader, "lazy.jsonl")) {
            assertEquals(2, reads.limit(2).count());
        }
        assertTrue(reader.served < 10, "read " + reader.served + " lines for 2 documents");
    }

    @Test
    void aMissingFileIsAProblemOfItsSource(@TempDir Path dir) {
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PlanJson.readLines(dir.resolve("none.jsonl")));
        assertEquals(new Problem("$", "the file does not exist"), e.problems().get(0));
    }

    @Test
    void theExampleOfThePlanJsonJavadocRuns(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("plan.json"), Documents.DOMAIN_EXAMPLE);
        Files.writeString(dir.resolve("plans.jsonl"), GOOD + "\n{}\n");

        PlanDocument plan = PlanJson.read(dir.resolve("plan.json"));
        String line = PlanJson.write(plan);
        List<InvalidPlanException> bad;
        try (Stream<PlanRead> reads = PlanJson.readLines(dir.resolve("plans.jsonl"))) {
            bad = reads.flatMap(r -> r.error().stream()).toList();
        }

        assertEquals(plan, PlanJson.read(line, "line"));
        assertEquals(List.of(dir.resolve("plans.jsonl") + ":2"), bad.stream().map(InvalidPlanException::source).toList());
    }

    /** Serves the same small document on {@code lines} lines without ever holding them all. */
    private static final class CountingReader extends Reader {
        private final char[] line = (GOOD + "\n").toCharArray();
        private final int lines;
        private int served;
        private int position;
        private boolean closed;

        CountingReader(int lines) {
            this.lines = lines;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (served == lines) {
                return -1;
            }
            int n = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, n);
            position += n;
            if (position == line.length) {
                position = 0;
                served++;
            }
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
