package dev.pip.rules.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One of a plan's own attributes (a plan document's {@code attributes}, specification section
 * 10): a company's fact about the plan that the bundled rules ignore and a rule author's own
 * rules may use, for example {@code "approvedLeaveFrom": "2026-10-12"}. One fact per attribute.
 *
 * <p>In a rule, match the name and the kind, then read the value with its typed accessor:
 * <pre>{@code
 * Attribute(name == "approvedLeaveFrom", kind == Attribute.Kind.DATE, $from : date)
 * Attribute(name == "region", kind == Attribute.Kind.TEXT, text == "EMEA")
 * Attribute(name == "approvedLeave", kind == Attribute.Kind.FLAG, flag)
 * }</pre>
 * A typed accessor of the wrong kind throws, naming the attribute: a rule that reads a date as a
 * number fails loudly (as a rule failure) instead of deciding on a made-up value.
 *
 * @param name  the attribute's name, as in the document
 * @param value a String, Integer, Long, Double, Boolean or LocalDate
 */
public record Attribute(String name, Object value) {
    /** What an attribute's value is. */
    public enum Kind {
        /** Text: {@link #text()}. */
        TEXT,
        /** A number (whole or not): {@link #number()}. */
        NUMBER,
        /** A boolean: {@link #flag()}. */
        FLAG,
        /** An ISO date: {@link #date()}. */
        DATE
    }

    /** Validates the name and the value's type. */
    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value of attribute " + name);
        kindOf(name, value);
    }

    /** The kind of the value. */
    public Kind kind() {
        return kindOf(name, value);
    }

    /** The value as text. */
    public String text() {
        return (String) as(Kind.TEXT);
    }

    /** The value as a number. */
    public double number() {
        return ((Number) as(Kind.NUMBER)).doubleValue();
    }

    /** The value as a boolean. */
    public boolean flag() {
        return (Boolean) as(Kind.FLAG);
    }

    /** The value as a date. */
    public LocalDate date() {
        return (LocalDate) as(Kind.DATE);
    }

    private Object as(Kind wanted) {
        Kind actual = kind();
        if (actual != wanted) {
            throw new IllegalStateException("attribute " + name + " is " + actual + " (" + value + "), not " + wanted);
        }
        return value;
    }

    private static Kind kindOf(String name, Object value) {
        if (value instanceof String) {
            return Kind.TEXT;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double) {
            return Kind.NUMBER;
        }
        if (value instanceof Boolean) {
            return Kind.FLAG;
        }
        if (value instanceof LocalDate) {
            return Kind.DATE;
        }
        throw new IllegalArgumentException("attribute " + name + " must be text, a number, a boolean or a date, was "
                + value.getClass().getSimpleName());
    }
}
