package dev.pip.examples.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A print writer that remembers why writing failed. {@link PrintWriter} swallows write errors
 * (a full disk, a closed pipe) and only says that one happened; this one also keeps the first
 * {@link IOException}, so the run can stop with one line naming the cause, or quietly when the
 * reader of a pipe went away.
 */
public final class GuardedOutput extends PrintWriter {
    private final Recorder recorder;

    private GuardedOutput(Recorder recorder) {
        super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), false);
        this.recorder = recorder;
    }

    /** A writer of UTF-8 text to {@code out}, flushed only when asked. */
    public static GuardedOutput of(OutputStream out) {
        return new GuardedOutput(new Recorder(out));
    }

    /** The first write error, if writing failed. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(recorder.failure);
    }

    /** Whether {@code e} says the reader of a pipe has gone (as {@code head} does when it has enough). */
    public static boolean closedPipe(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed")
                || m.contains("pipe has been ended"));
    }

    /** Passes bytes through, keeping the first failure. */
    private static final class Recorder extends OutputStream {
        private final OutputStream out;
        private IOException failure;

        Recorder(OutputStream out) {
            this.out = out;
        }

        private <T extends IOException> T keep(T e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
