package dev.pip.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One JSON object of a document, read field by field. Every accessor reports what is wrong
 * (with the field's JSON path) to the shared {@link Problems} and answers empty; an absent or
 * {@code null} optional field also answers empty, so a caller builds records only when the
 * document had no problem at all.
 */
public final class Obj {
    /** Whether a field must be present. */
    public enum Need {
        /** Absence is a problem. */
        REQUIRED,
        /** Absence means the default. */
        OPTIONAL
    }

    /** An element of an array with its JSON path. */
    public record Element(JsonNode node, String path) {
    }

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    private Obj(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** {@code node} as an object, or empty after reporting that it is not one. */
    public static Optional<Obj> of(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "expected an object, found " + Kinds.of(node));
            return Optional.empty();
        }
        return Optional.of(new Obj(node, path, problems));
    }

    /** Reports every field not in {@code known}, naming the closest known field; returns this. */
    public Obj strict(Collection<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String hint = Closest.to(name, known).map(c -> "; did you mean '" + c + "'?")
                        .orElse("; known fields here: " + String.join(", ", known));
                problems.add(path(name), "unknown field '" + name + "'" + hint);
            }
        }
        return this;
    }

    /** The JSON path of this object. */
    public String path() {
        return path;
    }

    /** The JSON path of {@code field} in this object. */
    public String path(String field) {
        return path + "." + field;
    }

    /** The problems collected for the document. */
    public Problems problems() {
        return problems;
    }

    /** True when {@code field} is present with a value other than {@code null}. */
    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** The field's value, when present and not null; a missing required field is reported. */
    public Optional<JsonNode> node(String field, Need need) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (need == Need.REQUIRED) {
                problems.add(path(field), "missing required field '" + field + "'");
            }
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** A string; a required one must not be blank. */
    public Optional<String> text(String field, Need need) {
        return node(field, need).flatMap(v -> {
            if (!v.isTextual()) {
                return wrong(field, "a string", v);
            }
            if (need == Need.REQUIRED && v.textValue().isBlank()) {
                problems.add(path(field), "must not be blank");
                return Optional.empty();
            }
            return Optional.of(v.textValue());
        });
    }

    /** A finite number of at least 0 (and at most 1 when {@code share}). */
    public Optional<Double> number(String field, Need need, boolean share) {
        return node(field, need).flatMap(v -> Numbers.read(v, path(field), problems, 0, share ? 1 : null));
    }

    /** Any finite number. */
    public Optional<Double> anyNumber(String field, Need need) {
        return node(field, need).flatMap(v -> Numbers.read(v, path(field), problems, null, null));
    }

    /** A whole number of at least {@code min}. */
    public Optional<Integer> integer(String field, Need need, int min) {
        return node(field, need).flatMap(v -> Numbers.readInt(v, path(field), problems, min));
    }

    /** A boolean; absent means false. */
    public boolean bool(String field) {
        return node(field, Need.OPTIONAL).flatMap(v -> v.isBoolean() ? Optional.of(v.booleanValue())
                : wrong(field, "true or false", v)).orElse(false);
    }

    /** A boolean that must be present. */
    public Optional<Boolean> requiredBool(String field) {
        return node(field, Need.REQUIRED).flatMap(v -> v.isBoolean() ? Optional.of(v.booleanValue())
                : wrong(field, "true or false", v));
    }

    /** One of the constants of {@code type}, written in capitals. */
    public <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type, Need need) {
        E[] constants = type.getEnumConstants();
        List<String> names = Arrays.stream(constants).map(Enum::name).toList();
        return node(field, need).flatMap(v -> {
            if (!v.isTextual()) {
                return wrong(field, "one of " + String.join(", ", names) + " (a string)", v);
            }
            for (E c : constants) {
                if (c.name().equals(v.textValue())) {
                    return Optional.of(c);
                }
            }
            problems.add(path(field), "unknown value '" + v.textValue() + "'; allowed: " + String.join(", ", names)
                    + Closest.hint(v.textValue(), names));
            return Optional.empty();
        });
    }

    /** An ISO date ({@code yyyy-mm-dd}) that exists in the calendar. */
    public Optional<LocalDate> date(String field, Need need) {
        return node(field, need).flatMap(v -> v.isTextual() ? Dates.read(v.textValue(), path(field), problems)
                : wrong(field, "an ISO date like \"2026-09-07\" (a string)", v));
    }

    /** A nested object. */
    public Optional<Obj> object(String field, Need need) {
        return node(field, need).flatMap(v -> of(v, path(field), problems));
    }

    /** The elements of an array with their paths; empty when absent or not an array. */
    public Optional<List<Element>> array(String field, Need need) {
        return node(field, need).flatMap(v -> {
            if (!v.isArray()) {
                return wrong(field, "an array", v);
            }
            List<Element> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                out.add(new Element(v.get(i), path(field) + "[" + i + "]"));
            }
            return Optional.of(out);
        });
    }

    /** A list of strings; absent means empty. */
    public List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        array(field, Need.OPTIONAL).ifPresent(elements -> elements.forEach(e -> {
            if (e.node().isTextual()) {
                out.add(e.node().textValue());
            } else {
                problems.add(e.path(), "expected a string, found " + Kinds.of(e.node()));
            }
        }));
        return out;
    }

    /** The field names of this object, in document order. */
    public List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private <T> Optional<T> wrong(String field, String expected, JsonNode found) {
        problems.add(path(field), "expected " + expected + ", found " + Kinds.of(found));
        return Optional.empty();
    }
}
