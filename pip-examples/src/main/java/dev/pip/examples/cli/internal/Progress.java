package dev.pip.examples.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * A progress line on the error stream, rewritten in place ({@code \r12,000 documents, 3,100/s}),
 * shown only to a person at a terminal: redirected or captured output never gets it.
 */
public final class Progress {
    private final Optional<PrintWriter> err;
    private final long start = System.nanoTime();
    private long documents;
    private boolean shown;

    private Progress(Optional<PrintWriter> err) {
        this.err = err;
    }

    /** Progress on {@code err} when this process runs at a terminal ({@link System#console()}), else none. */
    public static Progress atTerminal(PrintWriter err) {
        return System.console() != null ? on(err) : none();
    }

    /** Progress always shown on {@code err}. */
    public static Progress on(PrintWriter err) {
        return new Progress(Optional.of(err));
    }

    /** No progress line. */
    public static Progress none() {
        return new Progress(Optional.empty());
    }

    /** Counts {@code more} documents done and rewrites the line. */
    public void advance(int more) {
        documents += more;
        err.ifPresent(w -> {
            double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;
            w.print(String.format(Locale.ROOT, "\r%,d documents, %,.0f/s", documents, documents / seconds));
            w.flush();
            shown = true;
        });
    }

    /** Ends the line, so other messages start on a line of their own. */
    public void breakLine() {
        if (shown) {
            err.orElseThrow().println();
            shown = false;
        }
    }

    /** How many documents were counted. */
    public long documents() {
        return documents;
    }
}
