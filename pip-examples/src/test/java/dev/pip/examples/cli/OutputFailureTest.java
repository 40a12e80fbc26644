package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.examples.cli.internal.DocumentRun;
import dev.pip.examples.cli.internal.GuardedOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When standard output cannot be written, pip ends with exit code 3: one line naming the cause
 * for a full disk (the stream of {@code /dev/full}), nothing at all when the reader of a pipe has
 * gone, like other Unix tools. The same holds for every command, through the final check.
 */
class OutputFailureTest {
    @TempDir
    Path dir;

    private static GuardedOutput failing(String message) {
        return GuardedOutput.of(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(message);
            }
        });
    }

    @Test
    void aFullDiskEndsTheRunWithExitCodeThreeAndOneLine() throws IOException {
        Path plan = SampleFiles.copy(dir, "02-effort-gap.json");
        StringWriter err = new StringWriter();
        int code = PipCommand.run(failing("No space left on device"), new PrintWriter(err), "evaluate", "--as-of",
                "2026-11-20", plan.toString());
        assertEquals(DocumentRun.OUTPUT_FAILED, code);
        assertEquals("pip: cannot write the output: java.io.IOException: No space left on device",
                err.toString().strip());
    }

    @Test
    void aClosedPipeEndsTheRunQuietly() throws IOException {
        Path plan = SampleFiles.copy(dir, "02-effort-gap.json");
        StringWriter err = new StringWriter();
        int code = PipCommand.run(failing("Broken pipe"), new PrintWriter(err), "evaluate", "--as-of", "2026-11-20",
                plan.toString());
        assertEquals(DocumentRun.OUTPUT_FAILED, code);
        assertEquals("", err.toString());
    }

    @Test
    void everyCommandChecksItsOutputAtTheEnd() throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(DocumentRun.OUTPUT_FAILED, PipCommand.run(failing("Input/output error"), new PrintWriter(err),
                "check", SampleFiles.copy(dir, "02-effort-gap.json").toString()));
        assertTrue(err.toString().contains("pip: cannot write the output: java.io.IOException: Input/output error"),
                err::toString);
        assertEquals(1, err.toString().lines().count(), err::toString);
    }
}
