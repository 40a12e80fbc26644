package dev.pip.examples.cli.internal;

/**
 * Text from a document made safe to print on one line: control characters (a newline, a
 * carriage return, escape, bell), line and paragraph separators and the characters that reorder
 * text (bidirectional overrides) are written as escapes such as {@code \n} or {@code \u001B}, so
 * that a document can neither add lines to a report or to the problem lines, nor drive the
 * terminal.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code text} with every character that could forge a line or drive a terminal escaped. */
    public static String line(String text) {
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean unsafe(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
