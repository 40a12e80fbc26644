package dev.pip.rules.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The text of a rule file: its bytes decoded as UTF-8, strictly, or where they stop being UTF-8. */
public final class RuleText {
    private RuleText() {
    }

    /** Where the bytes stop being UTF-8: 1-based line and column (in characters). */
    public record Malformed(int line, int column) {
    }

    /** The text of {@code bytes}, or empty when they are not UTF-8 (then see {@link #malformedAt}). */
    public static Optional<String> decode(byte[] bytes) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder().decode(ByteBuffer.wrap(bytes), out, true);
        if (r.isError()) {
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    /** The line and column of the first byte sequence of {@code bytes} that is not UTF-8. */
    public static Malformed malformedAt(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder().decode(in, out, true);
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Malformed(line, column);
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
