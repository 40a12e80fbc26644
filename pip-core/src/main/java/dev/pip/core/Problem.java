package dev.pip.core;

import dev.pip.core.internal.Require;

/**
 * One problem of a plan document: where it is (a JSON path such as {@code $.targets[1].goal})
 * and what is wrong.
 *
 * @param path    JSON path from the document root {@code $}
 * @param message what is wrong, in words
 */
public record Problem(String path, String message) {
    /** Validates every field. */
    public Problem {
        Require.text(path, "path");
        Require.text(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
