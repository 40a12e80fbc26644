package dev.pip.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON examples of pip-core's documentation ({@code pip-core/docs/*.md}): every fenced
 * {@code json} block that is a whole plan document (it has {@code planId} and {@code startDate})
 * or a whole evaluation (it has {@code asOf} and {@code ruleSet}). Tests validate them, so the
 * docs cannot show a document the library rejects.
 */
public final class DocExamples {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    private DocExamples() {
    }

    /** The folder of pip-core's documentation, from pip-core's or a sibling module's folder. */
    public static Path folder() {
        for (Path p : List.of(Path.of("docs"), Path.of("../pip-core/docs"))) {
            if (Files.isRegularFile(p.resolve("specification.md")) && p.toAbsolutePath().normalize().getParent()
                    .getFileName().toString().equals("pip-core")) {
                return p;
            }
        }
        throw new IllegalStateException("pip-core/docs not found from " + Path.of("").toAbsolutePath());
    }

    /** Every whole plan document shown in the docs. */
    public static List<String> plans() {
        return blocks("planId", "startDate");
    }

    /** Every whole evaluation shown in the docs. */
    public static List<String> evaluations() {
        return blocks("asOf", "ruleSet");
    }

    private static List<String> blocks(String field, String other) {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(folder())) {
            for (Path md : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = JSON_BLOCK.matcher(Files.readString(md));
                while (m.find()) {
                    JsonNode node = Schemas.tree(m.group(1), md + " example");
                    if (node.has(field) && node.has(other)) {
                        out.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
