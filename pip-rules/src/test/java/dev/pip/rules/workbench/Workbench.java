package dev.pip.rules.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.rules.BundledRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test data of the workbench tests, and rule folders edited on purpose. */
final class Workbench {
    static final Path RESOURCES = Path.of("src/test/resources/dev/pip/rules/workbench");
    static final Path FAILING = RESOURCES.resolve("failing");
    static final Path DIALS_PLAN = RESOURCES.resolve("plans/dials-missed-in-week-6.json");

    private Workbench() {
    }

    /**
     * Exports the bundled rules into {@code folder} (unless already there) and, in the rule named {@code rule} of
     * {@code file}, replaces {@code from} by {@code to} (exactly once: the test fails when the
     * rule no longer reads that way).
     */
    static Path editedCopy(Path folder, String file, String rule, String from, String to) {
        Path drl = folder.resolve(file);
        if (!Files.exists(drl)) {
            BundledRules.exportTo(folder);
        }
        try {
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            int start = text.indexOf("rule \"" + rule + "\"");
            assertTrue(start >= 0, () -> file + " has no rule \"" + rule + "\"");
            int end = text.indexOf("\nend", start);
            String body = text.substring(start, end);
            assertTrue(body.contains(from), () -> "rule \"" + rule + "\" no longer contains: " + from);
            Files.writeString(drl, text.substring(0, start) + body.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)) + text.substring(end), StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
