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
 * @param standing how the reason weighs in its decision: {@link Standing#DECIDING} for the reason
 *                 that decided (listed first), {@link Standing#OUTRANKED} for a condition that held
 *                 but was outranked by a higher one, {@link Standing#SUPPORTING} otherwise
 */
public record Reason(String rule, String message, Map<String, Object> evidence, Standing standing) {

    /** How a reason weighs in the decision it explains. */
    public enum Standing {
        /** The reason that decided: listed first. */
        DECIDING,
        /** Evidence for the decision, such as a target met or missed. */
        SUPPORTING,
        /** A condition that held but was outranked by a higher one, so it did not decide. */
        OUTRANKED
    }

    /** A supporting reason. */
    public Reason(String rule, String message, Map<String, Object> evidence) {
        this(rule, message, evidence, Standing.SUPPORTING);
    }

    /** Validates every field and copies the evidence, keeping its order. */
    public Reason {
        Require.text(rule, "rule");
        Require.text(message, "message");
        Require.present(evidence, "evidence");
        Map<String, Object> copy = new LinkedHashMap<>();
        evidence.forEach((k, v) -> copy.put(Require.text(k, "evidence key"), checkedValue(k, v)));
        evidence = Collections.unmodifiableMap(copy);
        Require.present(standing, "standing");
    }

    /** This reason with another standing. */
    public Reason withStanding(Standing value) {
        return new Reason(rule, message, evidence, value);
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
