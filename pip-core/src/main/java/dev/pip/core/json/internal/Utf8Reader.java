package dev.pip.core.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decodes UTF-8 strictly but without stopping: each malformed byte sequence is read as one
 * U+FFFD and its offset (in characters from the start) is kept, so that {@link JsonLines} can
 * reject exactly the line that holds it, with its column, and go on with the next line.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final Deque<Long> malformed = new ArrayDeque<>();
    private long produced;
    private boolean eof;

    Utf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    /** The offset of the first malformed sequence before {@code end} (a character offset), removing every such one. */
    long firstMalformedBefore(long end) {
        long first = -1;
        while (!malformed.isEmpty() && malformed.peekFirst() < end) {
            long at = malformed.removeFirst();
            if (first < 0) {
                first = at;
            }
        }
        return first;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (!out.hasRemaining()) {
                    break;
                }
                malformed.addLast(produced + out.position() - off);
                bytes.position(bytes.position() + r.length());
                out.put('\uFFFD');
            } else if (r.isOverflow()) {
                break;
            } else if (eof) {
                break;
            } else {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }
        int n = out.position() - off;
        if (n == 0) {
            return -1;
        }
        produced += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
