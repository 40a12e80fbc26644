package dev.pip.generate;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The few assertions the properties of this package make, as plain {@link AssertionError}s so
 * that they run under any test framework.
 */
final class Check {
    private Check() {
    }

    static void equal(Object expected, Object actual) {
        equal(expected, actual, () -> null);
    }

    static void equal(Object expected, Object actual, String message) {
        equal(expected, actual, () -> message);
    }

    static void equal(Object expected, Object actual, Supplier<String> message) {
        if (!Objects.equals(expected, actual)) {
            String m = message.get();
            throw new AssertionError((m == null ? "" : m + " ==> ") + "expected: <" + expected + "> but was: <"
                    + actual + ">");
        }
    }

    static void that(boolean condition, String message) {
        that(condition, () -> message);
    }

    static void that(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new AssertionError(message.get());
        }
    }
}
