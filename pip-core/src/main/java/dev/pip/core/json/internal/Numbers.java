package dev.pip.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/** Reads numbers with range checks and writes whole numbers without a fraction. */
final class Numbers {
    private static final double EXACT = 9_007_199_254_740_992d;

    private Numbers() {
    }

    /** A finite number in {@code min..max} (either bound may be null: unbounded). */
    static Optional<Double> read(JsonNode v, Obj o, String field, Integer min, Integer max) {
        if (!v.isNumber()) {
            o.problems().add(o.path(field), "expected a number, found " + Kinds.of(v));
            return Optional.empty();
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            o.problems().add(o.path(field), "must be a finite number, was " + v.asText());
            return Optional.empty();
        }
        if (min != null && max != null && (d < min || d > max)) {
            o.problems().add(o.path(field), "must lie between " + min + " and " + max + ", was " + v.asText());
            return Optional.empty();
        }
        if (min != null && d < min) {
            o.problems().add(o.path(field), min == 0 ? "must not be negative, was " + v.asText()
                    : "must be at least " + min + ", was " + v.asText());
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** A whole number in {@code min..max}. */
    static Optional<Integer> readInt(JsonNode v, Obj o, String field, int min, int max) {
        if (!v.isNumber()) {
            o.problems().add(o.path(field), "expected a whole number, found " + Kinds.of(v));
            return Optional.empty();
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            o.problems().add(o.path(field), "must be a finite whole number, was " + v.asText());
            return Optional.empty();
        }
        if (d != Math.rint(d)) {
            o.problems().add(o.path(field), "must be a whole number, was " + v.asText());
            return Optional.empty();
        }
        if (d < min) {
            o.problems().add(o.path(field),
                    (min == 0 ? "must not be negative" : "must be at least " + min) + ", was " + v.asText());
            return Optional.empty();
        }
        if (d > max) {
            o.problems().add(o.path(field), (max == Integer.MAX_VALUE ? "is too large"
                    : "must be at most " + max) + ", was " + v.asText());
            return Optional.empty();
        }
        return Optional.of((int) d);
    }

    /** Writes {@code value}, without a fraction when it is a whole number. */
    static void write(JsonGenerator g, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < EXACT && Double.compare(value, -0.0) != 0) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }
}
