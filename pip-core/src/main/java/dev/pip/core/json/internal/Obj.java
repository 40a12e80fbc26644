package dev.pip.core.json.internal;

import dev.pip.core.internal.Closest;
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

    /** An element of an array: its JSON path is built only when a problem needs it. */
    public record Element(JsonNode node, String arrayPath, int index) {
        /** The JSON path of this element. */
        public String path() {
            return arrayPath + "[" + index + "]";
        }
    }

    private final JsonNode node;
    private final String parentPath;
    private final int index;
    private final Problems problems;
    private String path;

    private Obj(JsonNode node, String parentPath, int index, Problems problems) {
        this.node = node;
        this.parentPath = parentPath;
        this.index = index;
        this.problems = problems;
    }

    /** {@code node} as an object, or empty after reporting that it is not one. */
    public static Optional<Obj> of(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "expected an object, found " + Kinds.of(node));
            return Optional.empty();
        }
        return Optional.of(new Obj(node, path, -1, problems));
    }

    /** The element {@code e} as an object, or empty after reporting that it is not one. */
    public static Optional<Obj> of(Element e, Problems problems) {
        if (!e.node().isObject()) {
            problems.add(e.path(), "expected an object, found " + Kinds.of(e.node()));
            return Optional.empty();
        }
        return Optional.of(new Obj(e.node(), e.arrayPath(), e.index(), problems));
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
        if (path == null) {
            path = index < 0 ? parentPath : parentPath + "[" + index + "]";
        }
        return path;
    }

    /** The JSON path of {@code field} in this object: {@code $.a.b}, or {@code $.a['b c']} for an odd name. */
    public String path(String field) {
        boolean plain = !field.isEmpty() && Character.isJavaIdentifierStart(field.charAt(0));
        for (int i = 1; plain && i < field.length(); i++) {
            plain = Character.isJavaIdentifierPart(field.charAt(i));
        }
        return plain ? path() + "." + field
                : path() + "['" + field.replace("\\", "\\\\").replace("'", "\\'") + "']";
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

    /** The field's value as written, {@code null} included; absent is a JSON "missing" node. */
    public JsonNode raw(String field) {
        return node.path(field);
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
        return node(field, need).flatMap(v -> Numbers.read(v, this, field, 0, share ? 1 : null));
    }

    /** Any finite number. */
    public Optional<Double> anyNumber(String field, Need need) {
        return node(field, need).flatMap(v -> Numbers.read(v, this, field, null, null));
    }

    /** A whole number of at least {@code min}. */
    public Optional<Integer> integer(String field, Need need, int min) {
        return integer(field, need, min, Integer.MAX_VALUE);
    }

    /** A whole number in {@code min..max}. */
    public Optional<Integer> integer(String field, Need need, int min, int max) {
        return node(field, need).flatMap(v -> Numbers.readInt(v, this, field, min, max));
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
        return node(field, need).flatMap(v -> {
            E[] constants = type.getEnumConstants();
            if (v.isTextual()) {
                for (E c : constants) {
                    if (c.name().equals(v.textValue())) {
                        return Optional.of(c);
                    }
                }
            }
            List<String> names = Arrays.stream(constants).map(Enum::name).toList();
            if (!v.isTextual()) {
                return wrong(field, "one of " + String.join(", ", names) + " (a string)", v);
            }
            problems.add(path(field), "unknown value '" + v.textValue() + "'; allowed: " + String.join(", ", names)
                    + Closest.hint(v.textValue(), names));
            return Optional.empty();
        });
    }

    /** An ISO date ({@code yyyy-mm-dd}) that exists in the calendar. */
    public Optional<LocalDate> date(String field, Need need) {
        return node(field, need).flatMap(v -> v.isTextual() ? Dates.read(v.textValue(), this, field)
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
            String arrayPath = path(field);
            for (int i = 0; i < v.size(); i++) {
                out.add(new Element(v.get(i), arrayPath, i));
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
