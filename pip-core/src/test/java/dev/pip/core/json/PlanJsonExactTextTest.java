package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.InvalidPlanException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text is read exactly or rejected: bytes that are not UTF-8 and lone surrogates are problems
 * with their line and column, in a {@code .json} file and a {@code .jsonl} line alike, and never
 * become U+FFFD or '?' (two ids that differ only there would read as one).
 */
class PlanJsonExactTextTest {
    @TempDir
    Path dir;

    private static String plan(String id) {
        return "{\"planId\": \"" + id + "\", \"rep\": {\"id\": \"r\"}, \"startDate\": \"2026-03-02\","
                + " \"diagnosis\": {\"rootCause\": \"SKILL\"}, \"targets\": []}";
    }

    /** The plan with planId "P-" followed by the byte {@code 0xFF}: not UTF-8. */
    private static byte[] withBadByte() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] text = plan("P-#").getBytes(StandardCharsets.UTF_8);
        for (byte b : text) {
            out.write(b == '#' ? 0xFF : b);
        }
        return out.toByteArray();
    }

    private static final int BAD_COLUMN = plan("P-#").indexOf('#') + 1;

    private List<PlanRead> lines(byte[] content) throws IOException {
        Path file = dir.resolve("plans.jsonl");
        Files.write(file, content);
        try (Stream<PlanRead> reads = PlanJson.readLines(file)) {
            return reads.toList();
        }
    }

    @Test
    void aJsonLinesLineThatIsNotUtf8IsRejectedWithItsColumnAndTheOthersRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((plan("A") + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(withBadByte());
        out.write(("\n" + plan("C") + "\n").getBytes(StandardCharsets.UTF_8));
        List<PlanRead> reads = lines(out.toByteArray());
        assertEquals(3, reads.size());
        assertEquals("A", reads.get(0).plan().orElseThrow().planId());
        InvalidPlanException e = reads.get(1).error().orElseThrow();
        assertTrue(e.source().endsWith("plans.jsonl:2"), e.source());
        assertEquals("the line is not UTF-8 text: bytes at line 2, column " + BAD_COLUMN + " are no UTF-8 character",
                e.problems().get(0).message());
        assertEquals("C", reads.get(2).plan().orElseThrow().planId());
    }

    @Test
    void aBadByteOnTheLastLineWithoutANewlineAndTruncatedSequencesAreCaught() throws IOException {
        byte[] truncated = (plan("A") + "\n" + plan("B\u00e9")).getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length);
        // Replace the second byte of é (0xC3 0xA9) by a quote: a lead byte without its continuation.
        for (int i = 0; i < cut.length - 1; i++) {
            if ((cut[i] & 0xFF) == 0xC3 && (cut[i + 1] & 0xFF) == 0xA9) {
                cut[i + 1] = 'x';
            }
        }
        List<PlanRead> reads = lines(cut);
        assertEquals(2, reads.size());
        assertTrue(reads.get(0).plan().isPresent());
        assertTrue(reads.get(1).error().orElseThrow().problems().get(0).message().contains("line 2, column "));
        // The same text, valid, reads.
        assertEquals("B\u00e9", lines(truncated).get(1).plan().orElseThrow().planId());
    }

    @Test
    void aJsonFileThatIsNotUtf8IsRejectedWithLineAndColumn() throws IOException {
        Path file = dir.resolve("p.json");
        Files.write(file, withBadByte());
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(file));
        assertTrue(e.problems().get(0).message().contains("at line 1, column "), e.problems()::toString);
    }

    @Test
    void aLoneSurrogateEscapeIsRejectedInAJsonFileAndAJsonLinesLine() throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "\n" + plan("P-\\uD800"));
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(file));
        assertEquals("a lone surrogate \\uD800 in the string starting at line 2, column 12: text must be Unicode"
                + " characters (a surrogate escape needs its pair)", e.problems().get(0).message());
        List<PlanRead> reads = lines((plan("A") + "\n" + plan("P-\\udc00x")).getBytes(StandardCharsets.UTF_8));
        assertTrue(reads.get(0).plan().isPresent());
        String message = reads.get(1).error().orElseThrow().problems().get(0).message();
        assertTrue(message.contains("\\uDC00") && message.contains("line 2, column 12"), message);
    }

    @Test
    void aLoneSurrogateInAFieldNameOrARawCharacterIsRejectedToo() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PlanJson.read(plan("P").replace("\"rep\"", "\"r\\ud801ep\""), "p.json"));
        assertTrue(e.problems().get(0).message().contains("in the field name"), e.problems()::toString);
        try (Stream<PlanRead> reads = PlanJson.readLines(new StringReader(plan("P-\uD800")), "reader")) {
            assertTrue(reads.findFirst().orElseThrow().error().orElseThrow().problems().get(0).message()
                    .contains("lone surrogate \\uD800"));
        }
    }

    @Test
    void aPairedSurrogateAndAnEscapedBackslashBeforeUAreText() {
        assertEquals("P-\uD83D\uDE00", PlanJson.read(plan("P-\\uD83D\\uDE00"), "p").planId());
        assertEquals("P-\\uD800", PlanJson.read(plan("P-\\\\uD800"), "p").planId());
        assertEquals("P-\uD83D\uDE00", PlanJson.read(plan("P-\uD83D\uDE00"), "p").planId());
    }
}
