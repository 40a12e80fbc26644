package dev.pip.core;

import dev.pip.core.internal.Require;

/**
 * Which rule set decided: its name and a SHA-256 fingerprint over the rule texts and the
 * policy defaults, so an auditor can tell two decisions apart by the rules that made them.
 *
 * @param name        the rule set's name ("bundled" or the folder's name)
 * @param fingerprint lower-case hex SHA-256
 */
public record RuleSetId(String name, String fingerprint) {
    /** Validates every field. */
    public RuleSetId {
        Require.text(name, "name");
        Require.text(fingerprint, "fingerprint");
    }
}
