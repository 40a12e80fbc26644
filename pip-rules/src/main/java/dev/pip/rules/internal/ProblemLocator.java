package dev.pip.rules.internal;

import dev.pip.rules.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a problem the rule compiler reported in the author's file: at the line and column it
 * gave, or, when it gave none (the executable model reports unknown fields, types, constants
 * and methods without a line, and errors in consequences against generated Java), at the
 * identifier the message names, found in the rules' text. Adds the rule's name and, for a
 * misspelled fact type, field, enum constant or method, the closest known name.
 */
final class ProblemLocator {
    private static final Pattern LEFT_PART = Pattern.compile("Unable to parse left part of expression: (.+)");
    private static final Pattern NO_CLASS = Pattern.compile("Unable to (?:find|resolve) (?:class|ObjectType)[: ]+'?([\\w.$]+)'?");
    private static final Pattern NOT_A_FIELD = Pattern.compile("(\\w+) cannot be resolved or is not a field");
    private static final Pattern NOT_RESOLVED = Pattern.compile("(\\w+) cannot be resolved(?: to a (variable|type))?");
    private static final Pattern METHOD_UNDEFINED = Pattern.compile("The method (\\w+)\\(.*?\\) is undefined for the type (\\w+)");
    private static final Pattern METHOD_MISSING = Pattern.compile("Method (\\w+) on class ([\\w.$]+) with arguments .* is missing");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Unknown field (\\w+) on class ([\\w.$]+)");
    private static final Pattern CONSTRUCTOR = Pattern.compile("The constructor ([\\w.$]+)\\(.*?\\) is undefined");
    private static final Pattern FOR_INPUT = Pattern.compile("For input string: (\"[^\"]*\")");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'|no viable alternative|missing \\S+ at");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):?\\s*$", Pattern.MULTILINE);
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final List<DrlText> files;

    /**
     * A placed problem, and where a build may try the suggested name instead so that problems
     * further on in the same rule come to light in one check.
     *
     * @param problem the problem for the author
     * @param fix     the misspelled name's place and its likely replacement, when one is known
     */
    record Located(RuleProblem problem, Optional<Fix> fix) {
    }

    /** Replace {@code wrong} at {@code offset} by {@code replacement}. */
    record Fix(String file, int offset, String wrong, String replacement) {
    }

    /** What a search adds to a message: the hint and the fix it implies. */
    private record Said(String more, Optional<String> replacement, String wrong) {
        static final Said NOTHING = new Said("", Optional.empty(), "");
    }

    ProblemLocator(List<DrlText> files) {
        this.files = files;
    }

    /**
     * The problem in the author's terms.
     *
     * @param file   the file the compiler named, when it named one of ours
     * @param line   its line, 0 when none
     * @param column its column, 0 when none
     * @param text   its message
     */
    Located locate(Optional<DrlText> file, int line, int column, String text) {
        if (file.isPresent() && line > 0) {
            DrlText f = file.get();
            int offset = f.offset(line, column);
            Optional<DrlText.Rule> rule = f.ruleAt(offset);
            if (MISMATCHED.matcher(text).find() && rule.isPresent()) {
                Optional<RuleProblem> paren = unclosed(f, rule.get(), offset, text);
                if (paren.isPresent()) {
                    return new Located(paren.get(), Optional.empty());
                }
            }
            if (column == 0) {
                // a line without a column: the place of what the message names, when it is on that line
                Optional<Located> there = search(List.of(f), text).filter(l -> l.problem().line() == line);
                if (there.isPresent()) {
                    return there.get();
                }
            }
            return new Located(new RuleProblem(f.name(), line, column, rule.map(DrlText.Rule::name), text),
                    Optional.empty());
        }
        List<DrlText> where = file.map(List::of).orElse(files);
        return search(where, text).or(() -> file.isPresent() ? Optional.empty() : search(files, text))
                .orElseGet(() -> new Located(new RuleProblem(file.map(DrlText::name).orElse(RuleCompiler.UNKNOWN_FILE),
                        0, 0, text), Optional.empty()));
    }

    private Optional<Located> search(List<DrlText> where, String text) {
        Matcher m;
        if ((m = LEFT_PART.matcher(text)).find()) {
            String expression = m.group(1).strip();
            return find(where, Pattern.quote(expression), text, (f, at) -> leftPart(f, at, expression));
        }
        if ((m = NO_CLASS.matcher(text)).find()) {
            String name = m.group(1);
            String simple = name.substring(name.lastIndexOf('.') + 1);
            return find(where, "(?<![\\w.$])" + Pattern.quote(simple) + "\\b", text,
                    (f, at) -> suggest("fact type", simple, KnownNames.typeNames(f)));
        }
        if ((m = METHOD_UNDEFINED.matcher(text)).find() || (m = METHOD_MISSING.matcher(text)).find()) {
            String method = m.group(1);
            String type = m.group(2);
            return find(where, "\\.\\s*" + Pattern.quote(method) + "\\s*\\(", text, (f, at) -> KnownNames.type(type, f)
                    .map(c -> suggest("method of " + c.getSimpleName(), method, KnownNames.methods(c))).orElse(Said.NOTHING), 1);
        }
        if ((m = UNKNOWN_FIELD.matcher(text)).find()) {
            String field = m.group(1);
            String type = m.group(2);
            return find(where, "(?<![\\w$])" + Pattern.quote(field) + "\\b", text, (f, at) -> KnownNames.type(type, f)
                    .map(c -> suggest("name in " + c.getSimpleName(), field, c.isEnum() ? KnownNames.constants(c)
                            : union(KnownNames.fields(c), KnownNames.constants(c)))).orElse(Said.NOTHING));
        }
        if ((m = NOT_A_FIELD.matcher(text)).find()) {
            String field = m.group(1);
            return find(where, "(\\w+)\\s*\\.\\s*" + Pattern.quote(field) + "\\b", text, (f, at) -> {
                Matcher q = Pattern.compile("(\\w+)\\s*\\.\\s*" + Pattern.quote(field) + "\\b").matcher(f.masked());
                if (!q.find(at)) {
                    return Said.NOTHING;
                }
                return KnownNames.type(q.group(1), f).map(c -> suggest("constant of " + c.getSimpleName(), field,
                        union(KnownNames.constants(c), KnownNames.fields(c)))).orElse(Said.NOTHING);
            }, -1);
        }
        if ((m = NOT_RESOLVED.matcher(text)).find()) {
            String name = m.group(1);
            boolean type = "type".equals(m.group(2));
            return find(where, "(?<![\\w.$])" + Pattern.quote(name) + "\\b", text,
                    (f, at) -> type ? suggest("fact type", name, KnownNames.typeNames(f)) : Said.NOTHING);
        }
        if ((m = CONSTRUCTOR.matcher(text)).find()) {
            String type = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
            return find(where, "\\bnew\\s+(?:[\\w.]+\\.)?" + Pattern.quote(type) + "\\s*\\(", text, (f, at) -> Said.NOTHING);
        }
        if ((m = ANALYSE.matcher(text)).find()) {
            return find(where, Pattern.quote(m.group(1).strip()), text, (f, at) -> Said.NOTHING);
        }
        if ((m = FOR_INPUT.matcher(text)).find()) {
            return find(where, Pattern.quote(m.group(1)), text, (f, at) -> Said.NOTHING);
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface Hint {
        Said at(DrlText file, int offset);
    }

    private Optional<Located> find(List<DrlText> where, String regex, String text, Hint hint) {
        return find(where, regex, text, hint, 0);
    }

    /**
     * The first match of {@code regex} inside a rule (conditions first, then consequences), placed
     * at the match's start plus {@code shift} characters ({@code -1}: at its last identifier).
     */
    private Optional<Located> find(List<DrlText> where, String regex, String text, Hint hint, int shift) {
        Pattern p = Pattern.compile(regex);
        for (boolean conditions : new boolean[] {true, false}) {
            for (DrlText f : where) {
                Matcher m = p.matcher(f.masked());
                while (m.find()) {
                    int at = m.start();
                    Optional<DrlText.Rule> rule = f.ruleAt(at);
                    if (rule.isEmpty() || rule.get().inConditions(at) != conditions) {
                        continue;
                    }
                    int place = shift >= 0 ? at + shift : lastIdentifier(m.group());
                    if (shift < 0) {
                        place = at + place;
                    }
                    Said said = hint.at(f, at);
                    if (!said.wrong().isEmpty()) {
                        int exact = f.masked().indexOf(said.wrong(), place);
                        place = exact >= 0 && exact - place < 200 ? exact : place;
                    }
                    int wrongAt = place;
                    Optional<Fix> fix = said.replacement().map(r -> new Fix(f.name(), wrongAt, said.wrong(), r));
                    return Optional.of(new Located(new RuleProblem(f.name(), f.line(place), f.column(place),
                            rule.map(DrlText.Rule::name), text + said.more()), fix));
                }
            }
        }
        return Optional.empty();
    }

    private static int lastIdentifier(String s) {
        Matcher m = IDENT.matcher(s);
        int last = 0;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The misspelled field of an expression the compiler could not parse, with the pattern it lies in. */
    private static Said leftPart(DrlText f, int at, String expression) {
        Matcher id = Pattern.compile("^(?:\\$[\\w$]*\\s*:\\s*)?!?\\s*([A-Za-z_][\\w]*)").matcher(expression);
        if (!id.find()) {
            return Said.NOTHING;
        }
        String field = id.group(1);
        return patternType(f, at).filter(c -> !KnownNames.fields(c).contains(field)).map(c -> {
            Optional<String> close = KnownNames.closest(field, KnownNames.fields(c));
            return new Said(": " + c.getSimpleName() + " has no field '" + field + "'"
                    + close.map(s -> "; did you mean '" + s + "'?").orElse(""), close, field);
        }).orElse(Said.NOTHING);
    }

    /** The fact type of the pattern whose parentheses enclose {@code offset}: {@code Type(} or {@code $x : Type(}. */
    private static Optional<Class<?>> patternType(DrlText f, int offset) {
        String t = f.masked();
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    int end = i;
                    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
                        end--;
                    }
                    int start = end;
                    while (start > 0 && (Character.isJavaIdentifierPart(t.charAt(start - 1)) || t.charAt(start - 1) == '.')) {
                        start--;
                    }
                    return start == end ? Optional.empty() : KnownNames.type(t.substring(start, end), f);
                }
                depth--;
            }
        }
        return Optional.empty();
    }

    private static Said suggest(String what, String wrong, Set<String> candidates) {
        Optional<String> close = KnownNames.closest(wrong, candidates);
        return new Said(close.map(s -> " (did you mean " + what + " '" + s + "'?)").orElse(""), close, wrong);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * A parser error in a rule whose conditions leave a parenthesis open before the token the
     * parser stumbled on (a missing {@code )}): placed at the end of the line that should close it.
     */
    private static Optional<RuleProblem> unclosed(DrlText f, DrlText.Rule rule, int offset, String text) {
        if (rule.when() < 0 || offset < rule.when()) {
            return Optional.empty();
        }
        String t = f.masked();
        int depth = 0;
        int lastOpenLine = -1;
        for (int i = rule.when(); i < offset && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                int close = t.indexOf('"', i + 1);
                i = close < 0 ? offset : close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth <= 0) {
                    lastOpenLine = -1;
                }
            }
            if (c == '\n' && depth > 0 && lastOpenLine < 0) {
                lastOpenLine = f.line(i);
            }
        }
        if (depth <= 0) {
            return Optional.empty();
        }
        int reported = f.line(offset);
        int line = reported - 1;
        while (line > f.line(rule.when()) && f.lineText(line).isBlank()) {
            line--;
        }
        if (lastOpenLine > 0 && lastOpenLine < line) {
            line = lastOpenLine;
        }
        String content = f.lineText(line).stripTrailing();
        return Optional.of(new RuleProblem(f.name(), line, content.length() + 1, Optional.of(rule.name()),
                "missing ')': " + depth + " parenthesis" + (depth == 1 ? "" : "es") + " opened in the conditions"
                        + " not closed by the end of this line (the parser then stumbled on line " + reported + ": "
                        + text + ")"));
    }

    static List<DrlText> of(List<RuleFile> files) {
        List<DrlText> out = new ArrayList<>();
        files.forEach(f -> out.add(new DrlText(f)));
        return out;
    }
}
