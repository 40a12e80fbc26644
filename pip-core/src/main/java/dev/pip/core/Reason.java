package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why something was recommended or decided: the rule that said so, a sentence a manager can
 * read, and the evidence (values against goals, weeks judged, counts).
 *
 * @param rule     the name of the rule that produced this reason
 * @param message  a human sentence
 * @param evidence named values in a stable order: strings, numbers, booleans or lists of them; whole
 *                 numbers that fit an int are kept as Integer and floats as Double, so that an
 *                 evaluation read back from JSON equals the one written
 */
public record Reason(String rule, String message, Map<String, Object> evidence) {
    /** Validates every field and copies the evidence, keeping its order. */
    public Reason {
        Require.text(rule, "rule");
        Require.text(message, "message");
        Require.present(evidence, "evidence");
        Map<String, Object> copy = new LinkedHashMap<>();
        evidence.forEach((k, v) -> copy.put(Require.text(k, "evidence key"), checkedValue(k, v)));
        evidence = Collections.unmodifiableMap(copy);
    }

    private static Object checkedValue(String key, Object value) {
        Require.present(value, "evidence." + key);
        if (value instanceof List<?> list) {
            return list.stream().map(v -> checkedValue(key, v)).toList();
        }
        if (value instanceof Long || value instanceof Short || value instanceof Byte) {
            long whole = ((Number) value).longValue();
            if (whole == (int) whole) {
                return Integer.valueOf((int) whole);
            }
            return Long.valueOf(whole);
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
