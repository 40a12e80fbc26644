package dev.pip.rules.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a test run as JUnit XML (the {@code testsuite} format of Ant and Maven Surefire that
 * CI servers read): one {@code testcase} per case, a {@code failure} for a case whose
 * expectations differed, an {@code error} for a case that could not run.
 */
public final class JUnitReport {
    private JUnitReport() {
    }

    /** The XML text of {@code run}; {@code suite} names the test suite. */
    public static String xml(RuleTestRun run, String suite) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(run.results().size())
                .append("\" failures=\"").append(run.count(CaseResult.Outcome.FAILED)).append("\" errors=\"")
                .append(run.count(CaseResult.Outcome.ERROR)).append("\" skipped=\"0\">\n");
        out.append("  <properties>\n    <property name=\"ruleSet\" value=\"").append(escape(run.ruleSet()))
                .append("\"/>\n  </properties>\n");
        for (CaseResult r : run.results()) {
            out.append("  <testcase classname=\"").append(escape(suite)).append("\" name=\"").append(escape(r.name()))
                    .append("\" file=\"").append(escape(r.source())).append('"');
            if (r.passed()) {
                out.append("/>\n");
                continue;
            }
            String tag = r.outcome() == CaseResult.Outcome.FAILED ? "failure" : "error";
            String text = String.join("\n", r.differences());
            out.append(">\n    <").append(tag).append(" message=\"").append(escape(r.differences().get(0)))
                    .append("\">").append(escape(text)).append("</").append(tag).append(">\n  </testcase>\n");
        }
        return out.append("</testsuite>\n").toString();
    }

    /**
     * Writes {@link #xml(RuleTestRun, String)} to {@code file}.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(RuleTestRun run, String suite, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, xml(run, suite), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('?'); // not allowed in XML 1.0, not even as a character reference
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
