package dev.pip.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Small lexical helpers for the Java text of rule consequences and constraint expressions, which
 * Drools' parser hands over as strings: string literals and comments blanked out, identifiers and
 * number literals read token by token.
 */
final class JavaText {
    private JavaText() {
    }

    /**
     * A number literal in code.
     *
     * @param text     the literal as written
     * @param operator the operator right before it ({@code '+'}, {@code '*'}...), or {@code ' '} when none
     */
    record NumberLiteral(String text, char operator) {
        /** True for the literal 0 (0, 0.0, 0L...). */
        boolean zero() {
            return text.replaceAll("[lLdDfF]$", "").matches("0+(\\.0*)?");
        }
    }

    /** {@code code} with every string and char literal's content and every comment replaced by spaces. */
    static String withoutStringsAndComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < code.length() && code.charAt(i) != c) {
                    if (code.charAt(i) == '\\') {
                        out.append(' ');
                        i++;
                    }
                    out.append(code.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                if (i < code.length()) {
                    out.append(c);
                    i++;
                }
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                while (i < end) {
                    out.append(code.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The identifier (letters, digits, {@code _}, {@code $}) starting at {@code at}; empty if none. */
    static String identifierAt(String code, int at) {
        int end = at;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        return code.substring(at, end);
    }

    /** The dotted name ({@code dev.pip.core.Finding}) starting at {@code at}. */
    static String qualifiedAt(String code, int at) {
        int end = at;
        while (end < code.length() && (Character.isJavaIdentifierPart(code.charAt(end)) || code.charAt(end) == '.')) {
            end++;
        }
        return code.substring(at, end);
    }

    /** Every number literal of {@code code} (strings and comments excluded), with the operator before it. */
    static List<NumberLiteral> numbers(String code) {
        String text = withoutStringsAndComments(code);
        List<NumberLiteral> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isJavaIdentifierStart(c)) {
                // an identifier (or a keyword) may contain digits: skip it whole, with any member after a dot
                i += identifierAt(text, i).length();
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                        || text.charAt(end) == '_')) {
                    end++;
                }
                out.add(new NumberLiteral(text.substring(i, end), operatorBefore(text, i)));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static char operatorBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return ' ';
        }
        char c = text.charAt(i);
        return "+-*/%<>=!".indexOf(c) >= 0 ? c : ' ';
    }
}
