package dev.pip.core.json;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Problem;
import dev.pip.core.internal.Require;
import dev.pip.core.json.internal.JsonLines;
import dev.pip.core.json.internal.JsonText;
import dev.pip.core.json.internal.PlanReader;
import dev.pip.core.json.internal.PlanWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads and writes plan documents (specification, sections 10 and 11). Reading is strict: a
 * document with any problem (malformed JSON, a wrong type, a missing required field, an unknown
 * field, an impossible date, a number out of range, an observation of an unknown metric, a
 * recorded decision people cannot make or out of order...) throws one
 * {@link InvalidPlanException} that lists every problem at once, each with its JSON path such
 * as {@code $.targets[1].goal} or {@code $.decisions[2].day}. Absent optional fields take the
 * defaults of section 10.
 *
 * <p>The {@code attributes} object keeps each value's JSON type: text as a {@code String}, a
 * whole number as an {@code Integer} (a {@code Long} when it does not fit), any other number as
 * a {@code Double}, {@code true}/{@code false} as a {@code Boolean}. A string that is exactly an
 * ISO date ({@code yyyy-MM-dd}, a real calendar day such as {@code "2026-05-04"}) becomes a
 * {@code java.time.LocalDate}, and is written back as the same text; any other string stays text.
 * Objects, arrays and {@code null} are refused at their path. Empty {@code decisions} and
 * {@code attributes} are left out when written.
 *
 * <pre>{@code
 * PlanDocument plan = PlanJson.read(Path.of("plan.json"));
 * String line = PlanJson.write(plan);               // one line, for JSON Lines
 * List<InvalidPlanException> bad;
 * try (Stream<PlanRead> reads = PlanJson.readLines(Path.of("plans.jsonl"))) {
 *     bad = reads.flatMap(r -> r.error().stream()).toList();   // each names its file:line
 * }
 * }</pre>
 *
 * <p>A null argument fails at once with a {@link NullPointerException} naming the parameter.
 * Thread-safe; every method is static and keeps no state between calls.
 */
public final class PlanJson {
    private PlanJson() {
    }

    /** The plan in {@code file} (UTF-8, -16 or -32), within the default {@link JsonLimits}. */
    public static PlanDocument read(Path file) {
        return read(file, JsonLimits.defaults());
    }

    /** The plan in {@code file}, within {@code limits}. */
    public static PlanDocument read(Path file, JsonLimits limits) {
        Require.present(file, "file");
        Require.present(limits, "limits");
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, limits);
        } catch (NoSuchFileException e) {
            throw cannotRead(source, "the file does not exist");
        } catch (IOException e) {
            throw cannotRead(source, "the file cannot be read (" + e + ")");
        }
    }

    /** The plan in the text {@code json}; {@code source} names it in problems (a file name, {@code <stdin>}). */
    public static PlanDocument read(String json, String source) {
        return read(json, source, JsonLimits.defaults());
    }

    /** The plan in the text {@code json}, within {@code limits}. */
    public static PlanDocument read(String json, String source, JsonLimits limits) {
        Require.present(json, "json (the text of a plan document)");
        Require.text(source, "source");
        Require.present(limits, "limits");
        return PlanReader.read(JsonText.of(limits).parse(json, source, 1), source);
    }

    /** The plan in the bytes of {@code in} (read to its end, not closed). */
    public static PlanDocument read(InputStream in, String source) {
        return read(in, source, JsonLimits.defaults());
    }

    /** The plan in the bytes of {@code in}, within {@code limits}. */
    public static PlanDocument read(InputStream in, String source, JsonLimits limits) {
        Require.present(in, "in");
        Require.text(source, "source");
        Require.present(limits, "limits");
        return PlanReader.read(JsonText.of(limits).parse(in, source), source);
    }

    /**
     * The plans of a JSON Lines file (UTF-8), one per non-blank line, read lazily; a bad line
     * gives a {@link PlanRead} with its error and never stops the others (bytes that are not
     * UTF-8 reject their line, with its column). Close the stream
     * (try-with-resources) to close the file. Memory holds one line at a time; an I/O error
     * while streaming throws {@link java.io.UncheckedIOException}.
     */
    public static Stream<PlanRead> readLines(Path file) {
        return readLines(file, JsonLimits.defaults());
    }

    /** The plans of a JSON Lines file, within {@code limits} per line. */
    public static Stream<PlanRead> readLines(Path file, JsonLimits limits) {
        Require.present(file, "file");
        Require.present(limits, "limits");
        try {
            return JsonLines.stream(Files.newInputStream(file), file.toString(), JsonText.of(limits));
        } catch (NoSuchFileException e) {
            throw cannotRead(file.toString(), "the file does not exist");
        } catch (IOException e) {
            throw cannotRead(file.toString(), "the file cannot be read (" + e + ")");
        }
    }

    /**
     * The plans of a JSON Lines text, one per non-blank line, each named {@code source:line}.
     * Closing the stream closes {@code reader}.
     */
    public static Stream<PlanRead> readLines(Reader reader, String source) {
        return readLines(reader, source, JsonLimits.defaults());
    }

    /** The plans of a JSON Lines text, within {@code limits} per line. */
    public static Stream<PlanRead> readLines(Reader reader, String source, JsonLimits limits) {
        Require.present(reader, "reader");
        Require.text(source, "source");
        Require.present(limits, "limits");
        return JsonLines.stream(reader, source, JsonText.of(limits));
    }

    /** The plan as compact JSON on a single line (a JSON Lines record). */
    public static String write(PlanDocument plan) {
        Require.present(plan, "plan");
        return PlanWriter.write(plan, false);
    }

    /** The plan as JSON indented by two spaces, lines ending in LF. */
    public static String writePretty(PlanDocument plan) {
        Require.present(plan, "plan");
        return PlanWriter.write(plan, true);
    }

    private static InvalidPlanException cannotRead(String source, String why) {
        return new InvalidPlanException(source, List.of(new Problem("$", why)));
    }
}
