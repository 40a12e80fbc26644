package dev.pip.core.json;

/**
 * Guards against documents that would cost too much to read: a maximum size and a maximum
 * nesting depth. A document beyond either gets a clear problem, never an out-of-memory or
 * stack-overflow error.
 *
 * @param maxDocumentSize largest document accepted, in characters for text and bytes for
 *                        files and streams (default 4 MiB); for JSON Lines, per line
 * @param maxDepth        deepest nesting of arrays and objects accepted (default 64; a plan
 *                        document needs 3)
 */
public record JsonLimits(int maxDocumentSize, int maxDepth) {
    private static final JsonLimits DEFAULTS = new JsonLimits(4 * 1024 * 1024, 64);

    /** Checks that both limits are positive and large enough for a plan document. */
    public JsonLimits {
        if (maxDocumentSize < 2) {
            throw new IllegalArgumentException("maxDocumentSize must be at least 2, was " + maxDocumentSize);
        }
        if (maxDepth < 8) {
            throw new IllegalArgumentException("maxDepth must be at least 8, was " + maxDepth);
        }
    }

    /** 4 MiB per document, 64 levels of nesting. */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }
}
