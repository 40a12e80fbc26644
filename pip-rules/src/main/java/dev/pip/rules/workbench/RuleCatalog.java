package dev.pip.rules.workbench;

import dev.pip.core.Decision;
import dev.pip.core.Recommendation;
import dev.pip.rules.PipEngine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule of an engine's rule files with its file, line, stage and the decisions it can
 * conclude, read from the DRL text the engine was built from (so it works for any rule folder).
 */
public final class RuleCatalog {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
    private static final Pattern SALIENCE = Pattern.compile("^\\s*salience\\s+\\(?\\s*(-?\\d+|[\\w.]+)");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)\\s*;?");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    private static final Pattern END = Pattern.compile("^\\s*end\\b");
    private static final Pattern DECISION = Pattern.compile("\\bDecision\\.([A-Z_]+)");
    private static final Pattern RECOMMENDATION = Pattern.compile("\\bRecommendation\\.([A-Z_]+)");

    private final Map<String, RuleDefinition> byName;

    private RuleCatalog(Map<String, RuleDefinition> byName) {
        this.byName = byName;
    }

    /** The rules of {@code engine}'s rule files, in file order then line order. */
    public static RuleCatalog of(PipEngine engine) {
        return of(engine.ruleFiles());
    }

    /** The rules of the given rule files (file name to DRL text). */
    public static RuleCatalog of(Map<String, String> files) {
        Map<String, RuleDefinition> out = new LinkedHashMap<>();
        files.forEach((file, text) -> read(file, text).forEach(r -> out.putIfAbsent(r.name(), r)));
        return new RuleCatalog(out);
    }

    /** Every rule, in file order then line order. */
    public List<RuleDefinition> rules() {
        return List.copyOf(byName.values());
    }

    /** The rule of that name. */
    public Optional<RuleDefinition> rule(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The rules whose consequence names {@code decision}. */
    public List<RuleDefinition> concluding(Decision decision) {
        return byName.values().stream().filter(r -> r.decisions().contains(decision)).toList();
    }

    private static List<RuleDefinition> read(String file, String text) {
        List<RuleDefinition> out = new ArrayList<>();
        String pkg = "";
        Map<String, String> imports = new LinkedHashMap<>();
        String[] lines = stripComments(text).split("\n", -1);
        String name = null;
        int line = 0;
        int salience = 0;
        boolean inThen = false;
        Set<Decision> decisions = EnumSet.noneOf(Decision.class);
        Set<Recommendation> recommendations = EnumSet.noneOf(Recommendation.class);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (name == null) {
                Matcher p = PACKAGE.matcher(l);
                if (p.find()) {
                    pkg = p.group(1);
                    continue;
                }
                Matcher imp = IMPORT.matcher(l);
                if (imp.find()) {
                    String type = imp.group(1);
                    imports.put(type.substring(type.lastIndexOf('.') + 1), type);
                    continue;
                }
                Matcher r = RULE.matcher(l);
                if (r.find()) {
                    name = r.group(1) != null ? r.group(1).replace("\\\"", "\"")
                            : r.group(2) != null ? r.group(2) : r.group(3);
                    line = i + 1;
                    salience = 0;
                    inThen = false;
                    decisions = EnumSet.noneOf(Decision.class);
                    recommendations = EnumSet.noneOf(Recommendation.class);
                }
                continue;
            }
            Matcher s = SALIENCE.matcher(l);
            if (!inThen && s.find()) {
                salience = salience(s.group(1), imports);
            } else if (!inThen && THEN.matcher(l).find()) {
                inThen = true;
            } else if (END.matcher(l).find()) {
                out.add(new RuleDefinition(name, pkg, file, line, salience, decisions, recommendations));
                name = null;
            } else if (inThen) {
                collect(DECISION.matcher(l), decisions, Decision.class);
                collect(RECOMMENDATION.matcher(l), recommendations, Recommendation.class);
            }
        }
        return out;
    }

    /**
     * A salience written as a number, or as a constant such as {@code Stage.VERDICT} of a class the
     * file imports (read from the class path); 0 when it cannot be told.
     */
    private static int salience(String written, Map<String, String> imports) {
        if (written.matches("-?\\d+")) {
            return Integer.parseInt(written);
        }
        int dot = written.lastIndexOf('.');
        if (dot < 0) {
            return 0;
        }
        String owner = written.substring(0, dot);
        String type = imports.getOrDefault(owner, owner);
        try {
            Class<?> c = Class.forName(type, false, RuleCatalog.class.getClassLoader());
            Object value = c.getField(written.substring(dot + 1)).get(null);
            return value instanceof Integer i ? i : 0;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return 0;
        }
    }

    private static <E extends Enum<E>> void collect(Matcher m, Set<E> into, Class<E> type) {
        while (m.find()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(m.group(1))) {
                    into.add(e);
                }
            }
        }
    }

    /** Blanks comments, keeping line breaks so line numbers stay; strings are kept as written. */
    static String stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '"' && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                out.append(text, i, j);
                i = j;
            } else if (text.startsWith("//", i)) {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int j = text.indexOf("*/", i + 2);
                j = j < 0 ? n : j + 2;
                for (int k = i; k < j; k++) {
                    if (text.charAt(k) == '\n') {
                        out.append('\n');
                    }
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
