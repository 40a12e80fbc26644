package dev.pip.rules.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the evidence map of a reason from name-value pairs, keeping their order. */
public final class Evidence {
    private Evidence() {
    }

    /**
     * Evidence from alternating names and values: {@code of("target", id, "value", 12.5)}.
     *
     * @param namesAndValues name, value, name, value...
     * @return an ordered map
     */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("evidence needs name-value pairs, got " + namesAndValues.length + " items");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return map;
    }

    /** A number for a sentence: whole numbers without decimals, others with up to two. */
    public static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String s = String.format(java.util.Locale.ROOT, "%.2f", value);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    /** Numbers for a sentence, comma-separated: "15, 16.5, 14". */
    public static String nums(java.util.List<Double> values) {
        return values.stream().map(Evidence::num).collect(java.util.stream.Collectors.joining(", "));
    }
}
