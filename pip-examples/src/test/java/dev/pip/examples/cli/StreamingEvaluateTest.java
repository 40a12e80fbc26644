package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} over JSON Lines files longer than one chunk: every document once, in input order. */
class StreamingEvaluateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void thousandsOfDocumentsGiveOneOutputLinePerDocumentInInputOrder() throws IOException {
        Path jsonl = dir.resolve("plans.jsonl");
        GeneratedJsonLines.write(jsonl, 3_500, 11);
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-03-02", "--format", "json", jsonl.toString());
        assertEquals(0, r.code(), () -> "exit " + r.code() + ", err: " + r.err());
        assertEquals(planIds(Files.readAllLines(jsonl)), planIds(r.outLines()));
        assertEquals("", r.err());
    }

    @Test
    void badLinesAmongThousandsAreReportedAndEveryOtherDocumentStillPrintsInOrder() throws IOException {
        Path generated = dir.resolve("generated.jsonl");
        GeneratedJsonLines.write(generated, 2_500, 12);
        List<String> lines = new ArrayList<>(Files.readAllLines(generated));
        List<String> good = List.copyOf(lines);
        lines.add(1_000, "{\"planId\": ");
        lines.add(2_001, "[]");
        Path jsonl = dir.resolve("plans.jsonl");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-03-02", "--format", "json", jsonl.toString());
        assertEquals(1, r.code(), () -> "exit " + r.code() + ", err: " + r.err());
        assertEquals(planIds(good), planIds(r.outLines()));
        assertTrue(r.errLines().get(0).startsWith(jsonl + ":1001: "), r::err);
        assertTrue(r.errLines().get(r.errLines().size() - 1).startsWith(jsonl + ":2002: "), r::err);
    }

    private static List<String> planIds(List<String> jsonLines) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : jsonLines) {
            ids.add(JSON.readTree(line).get("planId").asText());
        }
        return ids;
    }
}
