package dev.pip.generate;

import java.util.Objects;

/**
 * A plan document with exactly one kind of validation problem, and where it is.
 *
 * @param breakage what was broken
 * @param path     the JSON path of the problem a reader must report, such as {@code $.targets[1].kind}
 * @param json     the document's text
 */
public record InvalidDocument(Breakage breakage, String path, String json) {
    /** Checks that no field is null. */
    public InvalidDocument {
        Objects.requireNonNull(breakage, "breakage");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(json, "json");
    }
}
