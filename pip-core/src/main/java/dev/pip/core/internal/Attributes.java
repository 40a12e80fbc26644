package dev.pip.core.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks and copies a plan's attributes: names to text, numbers, booleans or dates. */
public final class Attributes {
    private Attributes() {
    }

    /**
     * An unmodifiable copy keeping the order, with every name non-blank and every value a
     * String, a finite Number (kept as Integer, Long or Double), a Boolean or a LocalDate.
     */
    public static Map<String, Object> copy(Map<String, Object> attributes) {
        Require.present(attributes, "attributes");
        Map<String, Object> out = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            Require.text(name, "attribute name");
            Require.present(value, "attributes." + name);
            out.put(name, checked(name, value));
        });
        return Collections.unmodifiableMap(out);
    }

    private static Object checked(String name, Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof LocalDate
                || value instanceof Integer || value instanceof Long) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("attributes." + name + " must be a finite number, was " + d);
            }
            return d + 0.0;
        }
        throw new IllegalArgumentException("attributes." + name + " must be text, a number, a boolean or a date, was "
                + value.getClass().getSimpleName());
    }
}
