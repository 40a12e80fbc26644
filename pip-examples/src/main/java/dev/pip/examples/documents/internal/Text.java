package dev.pip.examples.documents.internal;

import dev.pip.core.Decision;
import dev.pip.core.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** Numbers, dates and decisions as the documents print them. */
public final class Text {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Text() {
    }

    /** {@code 12} for 12.0, {@code 12.5} for 12.5, {@code 0.33} for 1/3. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The value, or a dash when absent. */
    public static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "-";
    }

    /** A share as a whole percentage: {@code 80%}. */
    public static String percent(double share) {
        return number(share * 100) + "%";
    }

    /** A date a person reads: {@code Fri 20 Nov 2026}. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A goal with its direction in words: {@code at least 15}. */
    public static String goal(double goal, Direction direction) {
        return (direction == Direction.AT_LEAST ? "at least " : "at most ") + number(goal);
    }

    /** A coordinate for SVG: one decimal, no exponent. */
    public static String coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A decision name in words: {@code HR review} for HR_REVIEW. */
    public static String decision(Decision decision) {
        return switch (decision) {
            case HR_REVIEW -> "HR review";
            case NOT_ACTIVATABLE -> "Not activatable";
            case INSUFFICIENT_DATA -> "Insufficient data";
            default -> decision.name().charAt(0) + decision.name().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /** An enum constant in words: {@code FIX_THE_SYSTEM} becomes {@code Fix the system}. */
    public static String words(Enum<?> value) {
        return words(value.name());
    }

    /** A name in capitals in words: {@code CALL_REVIEW} becomes {@code Call review}. */
    public static String words(String name) {
        if (name.isEmpty()) {
            return name;
        }
        if (name.equals("RE_DIAGNOSE")) {
            return "Re-diagnose";
        }
        String s = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.equals("pip") ? "PIP" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
