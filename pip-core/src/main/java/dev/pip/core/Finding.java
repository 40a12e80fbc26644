package dev.pip.core;

import dev.pip.core.internal.Require;

/**
 * Something the plan checks or the guards found (DOMAIN.md sections 2, 7 and 8).
 *
 * @param severity ERROR blocks activation, WARNING and INFO do not
 * @param code     a stable code in capitals, for example {@code TOO_FEW_BEHAVIOURAL_TARGETS}
 * @param message  a human sentence
 */
public record Finding(Severity severity, String code, String message) {
    /** Validates every field. */
    public Finding {
        Require.present(severity, "severity");
        Require.text(code, "code");
        Require.text(message, "message");
    }
}
