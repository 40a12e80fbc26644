package dev.pip.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Describes a JSON value in words, for "expected ..., found ..." messages. */
final class Kinds {
    private static final int SHOWN = 40;

    private Kinds() {
    }

    static String of(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            String t = node.textValue();
            return "a string (\"" + (t.length() > SHOWN ? t.substring(0, SHOWN) + "..." : t) + "\")";
        }
        if (node.isNumber()) {
            return "a number (" + node.asText() + ")";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isNull()) {
            return "null";
        }
        return "nothing";
    }
}
