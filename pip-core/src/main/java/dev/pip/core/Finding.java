package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.Map;

/**
 * Something the plan checks or the guards found, or a recorded decision that differs from the
 * rules' own.
 *
 * @param severity ERROR blocks activation, WARNING and INFO do not
 * @param code     a stable code in capitals, for example {@code TOO_FEW_BEHAVIOURAL_TARGETS}
 * @param message  a human sentence
 * @param evidence named values behind the finding, in a stable order (same value kinds as a
 *                 {@link Reason}'s evidence); often empty
 */
public record Finding(Severity severity, String code, String message, Map<String, Object> evidence) {
    /** Validates every field and copies the evidence, keeping its order. */
    public Finding {
        Require.present(severity, "severity");
        Require.text(code, "code");
        Require.text(message, "message");
        evidence = new Reason(code, message, Require.present(evidence, "evidence")).evidence();
    }

    /** A finding without evidence. */
    public Finding(Severity severity, String code, String message) {
        this(severity, code, message, Map.of());
    }
}
