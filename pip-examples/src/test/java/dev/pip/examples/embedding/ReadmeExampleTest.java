package dev.pip.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.json.EvaluationJson;
import dev.pip.examples.samples.SamplePlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeExampleTest {
    private static final Path SOURCE = Path.of("src/main/java/dev/pip/examples/embedding/ReadmeExample.java");
    private static final Path README = Path.of("../README.md");

    @TempDir
    Path dir;

    @Test
    void theReadmeShowsExactlyTheCompiledExample() throws IOException {
        List<String> compiled = between(Files.readAllLines(SOURCE), "// README:start", "// README:end");
        List<String> readme = between(Files.readAllLines(README), "```java", "```");
        assertEquals(compiled.stream().map(String::strip).toList(), readme.stream().map(String::strip).toList());
    }

    @Test
    void theReadmeShowsExactlyTheCompiledDocumentsExample() throws IOException {
        List<String> compiled = between(Files.readAllLines(Path.of("src/main/java/dev/pip/examples/embedding/DocumentsExample.java")),
                "// README:start", "// README:end");
        List<String> lines = Files.readAllLines(README);
        int section = lines.indexOf("## Documents for people");
        assertTrue(section > 0, "the README has a documents section");
        List<String> readme = between(lines.subList(section, lines.size()), "```java", "```");
        assertEquals(compiled.stream().map(String::strip).toList(), readme.stream().map(String::strip).toList());
    }

    @Test
    void theReadmeShowsExactlyTheCompiledPropertyCheck() throws IOException {
        List<String> compiled = between(Files.readAllLines(Path.of(
                "src/test/java/dev/pip/examples/embedding/PropertyCheckExampleTest.java")),
                "// README:start", "// README:end");
        List<String> lines = Files.readAllLines(README);
        int section = lines.indexOf("## Property checks in your own tests");
        assertTrue(section > 0, "the README has a property checks section");
        List<String> readme = between(lines.subList(section, lines.size()), "```java", "```");
        assertEquals(compiled.stream().map(String::strip).toList(), readme.stream().map(String::strip).toList());
    }

    @Test
    void theReadmeExampleEvaluatesASamplePlanAndPrintsItsReasons() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), SamplePlans.text("02-effort-gap.json"), StandardCharsets.UTF_8);
        StringWriter text = new StringWriter();
        Evaluation e = ReadmeExample.run(plan, SamplePlans.DEMO_AS_OF, new PrintWriter(text));
        assertEquals(Decision.EXIT, e.decision());
        assertTrue(text.toString().startsWith("EXIT ["), text::toString);
        for (var r : e.reasons()) {
            assertTrue(text.toString().contains(r.rule() + ": " + r.message()), text::toString);
        }
        assertTrue(text.toString().contains("A person must review this EXIT before anything happens."), text::toString);
        assertTrue(text.toString().strip().endsWith(EvaluationJson.write(e)), text::toString);
    }

    private static List<String> between(List<String> lines, String start, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && lines.get(i).strip().equals(start)) {
                from = i + 1;
            } else if (from >= 0 && lines.get(i).strip().equals(end)) {
                return lines.subList(from, i);
            }
        }
        throw new AssertionError("no block between '" + start + "' and '" + end + "'");
    }
}
