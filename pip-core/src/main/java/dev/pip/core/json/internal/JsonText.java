package dev.pip.core.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import dev.pip.core.json.JsonLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parses JSON text into a tree within {@link JsonLimits}: the document size, the nesting depth
 * (Jackson's {@link StreamReadConstraints}, so a deeply nested array fails fast instead of
 * overflowing the stack), duplicate field names and trailing content. Every failure becomes one
 * {@link Problem} at {@code $} with its line and column; no Jackson exception escapes.
 *
 * <p>The size is checked before parsing (the text's length, a capped stream, each JSON Lines
 * line), not with {@code StreamReadConstraints.maxDocumentLength}: Jackson 2.15, the oldest
 * version supported, does not have it.
 */
public final class JsonText {
    private static final JsonText DEFAULT = new JsonText(JsonLimits.defaults());

    private final JsonLimits limits;
    private final JsonMapper mapper;

    private JsonText(JsonLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxDocumentSize())
                .build();
        this.mapper = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(constraints).build())
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** A parser for {@code limits}. */
    public static JsonText of(JsonLimits limits) {
        return limits.equals(DEFAULT.limits) ? DEFAULT : new JsonText(limits);
    }

    /** The limits in force. */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * The tree of {@code text}; {@code firstLine} is the line number of the text's first line
     * in its source (1 for a whole document, n for line n of a JSON Lines stream).
     */
    public JsonNode parse(String text, String source, int firstLine) {
        if (text.length() > limits.maxDocumentSize()) {
            throw tooLarge(source, text.length() + " characters");
        }
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (json.isBlank()) {
            throw empty(source);
        }
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(json)) {
            tree = tree(parser, source, firstLine);
        } catch (IOException e) {
            throw failed(source, e, null, firstLine);
        }
        if (mayHoldSurrogate(json)) {
            rejectLoneSurrogates(() -> mapper.createParser(json), source, firstLine);
        }
        return tree;
    }

    /** The tree of a document of bytes (UTF-8, -16 or -32), read from {@code in} up to the size limit. */
    public JsonNode parse(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = readCapped(in, source);
        } catch (IOException e) {
            throw new InvalidPlanException(source, List.of(new Problem("$", "cannot read the document: " + e)));
        }
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(bytes)) {
            tree = tree(parser, source, 1);
        } catch (IOException e) {
            throw failed(source, e, null, 1);
        }
        if (mayHoldSurrogate(new String(bytes, StandardCharsets.ISO_8859_1))) {
            rejectLoneSurrogates(() -> mapper.createParser(bytes), source, 1);
        }
        return tree;
    }

    /** Opens a parser. */
    @FunctionalInterface
    private interface Opener {
        JsonParser open() throws IOException;
    }

    /**
     * Whether {@code text} may hold a lone surrogate: a surrogate character, or an escape
     * {@code \uD800..\uDFFF}. Cheap, so that the exact check runs only on the rare documents that need it.
     */
    private static boolean mayHoldSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return true;
            }
            if (c == '\\' && i + 3 < text.length() && text.charAt(i + 1) == 'u'
                    && (text.charAt(i + 2) == 'd' || text.charAt(i + 2) == 'D')
                    && "89abcdefABCDEF".indexOf(text.charAt(i + 3)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rejects a field name or string that holds a surrogate not paired (a lone {@code \uD800} would
     * be written as '?', so two different ids could read as one), with its line and column.
     */
    private void rejectLoneSurrogates(Opener opener, String source, int firstLine) {
        try (JsonParser parser = opener.open()) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t != JsonToken.FIELD_NAME && t != JsonToken.VALUE_STRING) {
                    continue;
                }
                String text = parser.getText();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                    } else if (Character.isSurrogate(c)) {
                        JsonLocation at = parser.currentTokenLocation();
                        throw new InvalidPlanException(source, List.of(new Problem("$", String.format(
                                "a lone surrogate \\u%04X in the %s starting at line %d, column %d: text must be"
                                        + " Unicode characters (a surrogate escape needs its pair)", (int) c,
                                t == JsonToken.FIELD_NAME ? "field name" : "string",
                                at.getLineNr() + firstLine - 1, at.getColumnNr()))));
                    }
                }
            }
        } catch (IOException e) {
            throw failed(source, e, null, firstLine);
        }
    }

    private JsonNode tree(JsonParser parser, String source, int firstLine) throws IOException {
        try {
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw empty(source);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw failed(source, e, parser.currentLocation(), firstLine);
        }
    }

    private byte[] readCapped(InputStream in, String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > limits.maxDocumentSize()) {
                throw tooLarge(source, "more than " + limits.maxDocumentSize() + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private InvalidPlanException tooLarge(String source, String size) {
        return new InvalidPlanException(source, List.of(new Problem("$", "the document is too large (" + size
                + "); at most " + limits.maxDocumentSize() + " are read")));
    }

    private static InvalidPlanException empty(String source) {
        return new InvalidPlanException(source, List.of(new Problem("$",
                "the document is empty; expected a JSON object (a plan document)")));
    }

    private InvalidPlanException failed(String source, IOException e, JsonLocation fallback, int firstLine) {
        JsonLocation at = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation()
                : fallback;
        String where = at == null || at.getLineNr() < 1 ? ""
                : " at line " + (at.getLineNr() + firstLine - 1) + ", column " + at.getColumnNr();
        String message;
        if (e instanceof StreamConstraintsException && e.getMessage().contains("nesting depth")) {
            message = "the JSON is nested too deeply" + where + ": more than " + limits.maxDepth()
                    + " levels of arrays and objects (a plan document needs 3)";
        } else if (e instanceof StreamConstraintsException) {
            message = "the document exceeds a size limit" + where + ": " + clean(e);
        } else {
            message = "malformed JSON" + where + ": " + clean(e);
        }
        return new InvalidPlanException(source, List.of(new Problem("$", message)));
    }

    /** The problem of JSON that an application's own parser could not read, at {@code $} with its line and column. */
    public static InvalidPlanException malformed(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new InvalidPlanException(source, List.of(new Problem("$", "malformed JSON" + where + ": " + clean(e))));
    }

    private static String clean(IOException e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.replaceAll("\\[Source: [^;\\]]*; ", "[").replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
