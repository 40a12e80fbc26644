package dev.pip.core.internal;

import dev.pip.core.time.PlanCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** Argument checks for the compact constructors of the value types. */
public final class Require {
    private Require() {
    }

    /** A non-null value. */
    public static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    /** A non-blank text. */
    public static String text(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /**
     * A finite number that is zero or more, with -0.0 turned into 0.0: rule engines compare boxed
     * doubles, where -0.0 lies below 0.0 (a "-0" in a document must not miss a goal of 0).
     */
    public static double nonNegative(double value, String field) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + value);
        }
        return value + 0.0;
    }

    /** An optional finite number that is zero or more, -0.0 turned into 0.0. */
    public static OptionalDouble nonNegative(OptionalDouble value, String field) {
        present(value, field);
        return value.isPresent() ? OptionalDouble.of(nonNegative(value.getAsDouble(), field)) : value;
    }

    /** A share between 0 and 1, -0.0 turned into 0.0. */
    public static double share(double value, String field) {
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new IllegalArgumentException(field + " must lie in 0..1, was " + value);
        }
        return value + 0.0;
    }

    /** An integer of at least {@code min}. */
    public static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /** An integer in {@code min..max}. */
    public static int within(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must lie in " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /** A date in the years plan documents may use ({@link PlanCalendar#FIRST_DATE}..{@link PlanCalendar#LAST_DATE}). */
    public static LocalDate date(LocalDate value, String field) {
        present(value, field);
        if (value.isBefore(PlanCalendar.FIRST_DATE) || value.isAfter(PlanCalendar.LAST_DATE)) {
            throw new IllegalArgumentException(field + " must lie in " + PlanCalendar.FIRST_DATE + ".."
                    + PlanCalendar.LAST_DATE + ", was " + value);
        }
        return value;
    }

    /** An immutable copy of a list without null elements. */
    public static <T> List<T> list(List<T> value, String field) {
        present(value, field);
        for (int i = 0; i < value.size(); i++) {
            present(value.get(i), field + "[" + i + "]");
        }
        return List.copyOf(value);
    }

    /** An optional value that is present as an Optional (possibly empty), never null. */
    public static <T> Optional<T> optional(Optional<T> value, String field) {
        return present(value, field);
    }
}
