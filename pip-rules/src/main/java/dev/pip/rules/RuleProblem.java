package dev.pip.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem of a rule file: where it is, in which rule, and what is wrong. Line and column are
 * 0 only when neither the rule compiler nor a search of the file's text could place it.
 *
 * @param file    the rule file's name as the rule set knows it (relative to its folder)
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param rule    the name of the rule the problem lies in, when it lies in one
 * @param message what is wrong (with a "did you mean" where a close name is known)
 */
public record RuleProblem(String file, int line, int column, Optional<String> rule, String message) {
    /** Validates every field. */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, were " + line + ", " + column);
        }
    }

    /** A problem outside any rule (an import, the package line, the file as a whole). */
    public RuleProblem(String file, int line, int column, String message) {
        this(file, line, column, Optional.empty(), message);
    }

    /** This problem named against another file path (for example resolved against its folder). */
    public RuleProblem inFile(String otherFile) {
        return new RuleProblem(otherFile, line, column, rule, message);
    }

    /** {@code FILE:LINE:COLUMN: rule "NAME": message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + rule.map(r -> "rule \"" + r + "\": ").orElse("") + message;
    }
}
