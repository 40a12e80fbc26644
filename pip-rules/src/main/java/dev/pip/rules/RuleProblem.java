package dev.pip.rules;

import java.util.Objects;

/**
 * One problem of a rule file: where it is and what is wrong. Line and column are 0 when the
 * rule compiler could not tell them (Drools' executable model reports some errors without a line).
 *
 * @param file    the rule file's name as the rule set knows it (relative to its folder)
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String message) {
    /** Validates every field. */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, were " + line + ", " + column);
        }
    }

    /** {@code FILE:LINE:COLUMN: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
