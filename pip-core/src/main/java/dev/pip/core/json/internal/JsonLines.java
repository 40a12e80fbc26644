package dev.pip.core.json.internal;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Problem;
import dev.pip.core.json.PlanRead;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream of the plan documents of a JSON Lines source, one element per non-blank line.
 * Memory stays bounded by one line (at most the document size limit; the rest of a longer line
 * is skipped and reported), so a million lines stream through in constant space.
 */
public final class JsonLines extends Spliterators.AbstractSpliterator<PlanRead> {
    private final Reader reader;
    private final String source;
    private final JsonText parser;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int filled;
    private int lineNumber;
    private boolean ended;
    /** Characters read before {@link #buffer}'s content. */
    private long consumed;
    private long lineStart;

    private JsonLines(Reader reader, String source, JsonText parser) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.reader = reader;
        this.source = source;
        this.parser = parser;
    }

    /** The documents of UTF-8 bytes; a line with bytes that are not UTF-8 is rejected with its column. */
    public static Stream<PlanRead> stream(InputStream in, String source, JsonText parser) {
        return stream(new Utf8Reader(in), source, parser);
    }

    /** The documents of {@code reader}; closing the stream closes the reader. */
    public static Stream<PlanRead> stream(Reader reader, String source, JsonText parser) {
        return StreamSupport.stream(new JsonLines(reader, source, parser), false).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing " + source + " failed", e);
            }
        });
    }

    @Override
    public boolean tryAdvance(Consumer<? super PlanRead> action) {
        try {
            while (true) {
                boolean tooLong = nextLine();
                long bad = reader instanceof Utf8Reader utf8 ? utf8.firstMalformedBefore(consumed + position) : -1;
                if (ended && line.length() == 0 && !tooLong) {
                    return false;
                }
                String at = source + ":" + lineNumber;
                if (tooLong) {
                    action.accept(PlanRead.failed(new InvalidPlanException(at, List.of(new Problem("$",
                            "the line is too long; at most " + parser.limits().maxDocumentSize()
                                    + " characters are read per document")))));
                    return true;
                }
                if (bad >= 0) {
                    action.accept(PlanRead.failed(new InvalidPlanException(at, List.of(new Problem("$",
                            "the line is not UTF-8 text: bytes at line " + lineNumber + ", column "
                                    + (bad - lineStart + 1) + " are no UTF-8 character")))));
                    return true;
                }
                if (!line.toString().isBlank()) {
                    action.accept(read(line.toString(), at));
                    return true;
                }
                if (ended) {
                    return false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " failed at line " + lineNumber, e);
        }
    }

    private PlanRead read(String text, String at) {
        try {
            PlanDocument plan = PlanReader.read(parser.parse(text, at, lineNumber), at);
            return PlanRead.of(at, plan);
        } catch (InvalidPlanException e) {
            return PlanRead.failed(e);
        }
    }

    /** Reads the next line into {@link #line}; answers true when it was longer than the limit. */
    private boolean nextLine() throws IOException {
        line.setLength(0);
        lineNumber++;
        lineStart = consumed + position;
        boolean tooLong = false;
        while (true) {
            if (position == filled) {
                consumed += filled;
                filled = reader.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    ended = true;
                    return tooLong;
                }
            }
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.append(buffer, start, position - start);
                if (line.length() > parser.limits().maxDocumentSize() + 1) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
            if (position < filled) {
                position++;
                if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
                    line.setLength(line.length() - 1);
                }
                return tooLong;
            }
        }
    }
}
