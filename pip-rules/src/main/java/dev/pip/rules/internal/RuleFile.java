package dev.pip.rules.internal;

import java.util.Objects;

/**
 * One rule file: its name within the rule set (a relative path with '/' separators) and its text.
 *
 * @param name the file name, e.g. {@code gate.drl}
 * @param text the DRL text
 */
public record RuleFile(String name, String text) {
    /** Validates every field. */
    public RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
