package dev.pip.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule file read as text, so that problems the compiler reports without a position can be
 * placed: where each rule starts and ends, its conditions and consequence, the imports, and the
 * text with comments blanked out (so a search never lands in a comment). Offsets are 0-based,
 * lines and columns 1-based.
 */
final class DrlText {
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"\\n]+)\"|'([^'\\n]+)'|(\\S+))");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b");
    private static final Pattern WHEN = Pattern.compile("(?m)^[ \\t]*when\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^[ \\t]*then\\b");
    private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*import[ \\t]+(?:static[ \\t]+)?([\\w.]+)\\.(\\w+)\\s*;?");

    /** One rule: its name and where its text, conditions ({@code when}) and consequence ({@code then}) lie. */
    record Rule(String name, int start, int end, int when, int then) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }

        boolean inConditions(int offset) {
            return when >= 0 && offset >= when && offset < (then >= 0 ? then : end);
        }
    }

    private final RuleFile file;
    private final String masked;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> imports = new HashMap<>();
    private final List<Integer> lineStarts = new ArrayList<>();

    DrlText(RuleFile file) {
        this.file = file;
        this.masked = withoutComments(file.text());
        lineStarts.add(0);
        for (int i = 0; i < masked.length(); i++) {
            if (masked.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        Matcher m = RULE.matcher(masked);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            Matcher e = END.matcher(masked);
            int end = e.find(m.end()) ? e.end() : masked.length();
            rules.add(new Rule(name, m.start(), end, keyword(WHEN, m.end(), end), keyword(THEN, m.end(), end)));
        }
        Matcher i = IMPORT.matcher(masked);
        while (i.find()) {
            imports.put(i.group(2), i.group(1) + "." + i.group(2));
        }
    }

    private int keyword(Pattern p, int from, int to) {
        Matcher m = p.matcher(masked);
        m.region(from, to);
        return m.find() ? m.end() : -1;
    }

    RuleFile file() {
        return file;
    }

    String name() {
        return file.name();
    }

    /** The text with every comment replaced by spaces; strings and line breaks kept, so offsets match. */
    String masked() {
        return masked;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The fully qualified class a simple name is imported as, if it is. */
    Optional<String> imported(String simpleName) {
        return Optional.ofNullable(imports.get(simpleName));
    }

    Map<String, String> imports() {
        return imports;
    }

    Optional<Rule> ruleAt(int offset) {
        return rules.stream().filter(r -> r.contains(offset)).findFirst();
    }

    int line(int offset) {
        int lo = 0;
        int hi = lineStarts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    int column(int offset) {
        return offset - lineStarts.get(line(offset) - 1) + 1;
    }

    /** The offset of a 1-based line and column, clamped to the text. */
    int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        int start = lineStarts.get(Math.min(line, lineStarts.size()) - 1);
        return Math.min(masked.length(), start + Math.max(0, column - 1));
    }

    /** The text of a 1-based line, without its line break. */
    String lineText(int line) {
        int start = lineStarts.get(line - 1);
        int end = line < lineStarts.size() ? lineStarts.get(line) - 1 : masked.length();
        return masked.substring(start, Math.max(start, end));
    }

    /** The file's text with the named rules replaced by blanks, keeping every other rule on its line. */
    String withoutRules(Set<String> names) {
        StringBuilder out = new StringBuilder(file.text());
        for (Rule r : rules) {
            if (names.contains(r.name())) {
                for (int i = r.start(); i < r.end(); i++) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            }
        }
        return out.toString();
    }

    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(n, j + 1);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                for (; i < stop; i++) {
                    if (text.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
