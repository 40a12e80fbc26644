package dev.pip.rules;

import dev.pip.rules.facts.Explain;
import dev.pip.rules.facts.Stage;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The bundled rule files as Drools' own parser reads them ({@link DrlParser}, the DRL descriptor
 * API): for each rule its name, its stage (the {@code salience} resolved through {@link Stage}),
 * the fact types its conditions ask about ({@code not}, {@code exists}, {@code accumulate},
 * {@code forall}), every condition expression, and its consequence with the fact types it
 * inserts. A consequence is Java that Drools hands over as text; the inserted types are read from
 * its {@code insert}/{@code insertLogical} calls and the {@link Explain} helpers, each resolved
 * through the file's imports and the pattern bindings of the rule.
 */
final class DrlRules {
    /** What each {@link Explain} helper inserts (checked against Explain's methods, so a new helper must be named here). */
    static final Map<String, List<String>> EXPLAIN_INSERTS = Map.of(
            "why", List.of("Explained"),
            "verdict", List.of("Verdict", "Explained"),
            "applies", List.of("Applies"));

    /** What {@code PlanWeeks.open(kcontext, ...)} inserts: a window and the facts laid out with it. */
    static final List<String> OPEN_INSERTS = List.of("Window", "TargetWindow", "WeekValue", "TrackedTrend");

    /**
     * A rule of a bundled file.
     *
     * @param file        the file name
     * @param name        the rule's name
     * @param line        the line of {@code rule "..."}
     * @param stageName   the salience as written ({@code Stage.VERDICT}), empty when absent
     * @param salience    the salience's value (0 when absent)
     * @param salienceLine the line of the salience attribute (0 when absent)
     * @param conditions  the number of top-level conditions of its {@code when}
     * @param asks        fact types (with {@code .SEVERITY} for findings) asked about by not/exists/accumulate/forall
     * @param expressions every constraint expression and {@code from} source of its conditions
     * @param consequence the consequence, as Java text
     * @param derives     fact types (with {@code .SEVERITY} for findings) its consequence inserts
     */
    record Rule(String file, String name, int line, String stageName, int salience, int salienceLine, int conditions,
            Set<String> asks, List<String> expressions, String consequence, Set<String> derives) {
    }

    private DrlRules() {
    }

    /** Every rule of the bundled files, in file order. */
    static List<Rule> bundled() {
        List<Rule> out = new ArrayList<>();
        BundledRules.files().forEach((file, text) -> out.addAll(parse(file, text)));
        return out;
    }

    /** The rules of one DRL text; fails on a parse error. */
    static List<Rule> parse(String file, String text) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            throw new AssertionError(file + " does not parse: " + e.getMessage(), e);
        }
        if (parser.hasErrors() || pkg == null) {
            throw new AssertionError(file + " does not parse: " + parser.getErrors());
        }
        Map<String, String> imports = new HashMap<>();
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            imports.put(target.substring(target.lastIndexOf('.') + 1), target);
        }
        List<Rule> out = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            Set<String> asks = new TreeSet<>();
            List<String> expressions = new ArrayList<>();
            Map<String, String> bindings = new LinkedHashMap<>();
            for (BaseDescr d : r.getLhs().getDescrs()) {
                walk(d, false, asks, expressions, bindings);
            }
            AttributeDescr salience = r.getAttributes().get("salience");
            String stageName = salience == null ? "" : salience.getValue().trim();
            String consequence = String.valueOf(r.getConsequence());
            out.add(new Rule(file, r.getName(), r.getLine(), stageName, salience == null ? 0 : stage(stageName),
                    salience == null ? 0 : salience.getLine(), r.getLhs().getDescrs().size(), asks, expressions,
                    consequence, derives(file, r.getName(), consequence, imports, bindings)));
        }
        return out;
    }

    /** The value of a salience written as a {@link Stage} constant, or as a plain number. */
    static int stage(String written) {
        String name = written.startsWith("Stage.") ? written.substring("Stage.".length())
                : written.startsWith(Stage.class.getName() + ".") ? written.substring(Stage.class.getName().length() + 1)
                : null;
        if (name == null) {
            return Integer.parseInt(written);
        }
        try {
            Field f = Stage.class.getField(name);
            return f.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no stage " + written + " in " + Stage.class.getName(), e);
        }
    }

    private static void walk(BaseDescr d, boolean asked, Set<String> asks, List<String> expressions,
            Map<String, String> bindings) {
        if (d instanceof PatternDescr p) {
            String type = simple(p.getObjectType());
            boolean fromSource = p.getSource() instanceof FromDescr;
            if (p.getIdentifier() != null) {
                bindings.put(p.getIdentifier(), type);
            }
            if (p.getSource() instanceof FromDescr from) {
                expressions.add(from.getExpression());
            }
            String severity = null;
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    expressions.add(e.getExpression());
                    String ex = e.getExpression().replace(" ", "");
                    if (ex.startsWith("severity==Severity.")) {
                        severity = ex.substring("severity==Severity.".length());
                    }
                } else {
                    walk(c, asked, asks, expressions, bindings);
                }
            }
            if (asked && !fromSource && !(p.getSource() instanceof AccumulateDescr)) {
                asks.add(severity == null ? type : type + "." + severity);
            }
            if (p.getSource() instanceof AccumulateDescr acc) {
                acc.getFunctions().forEach(f -> expressions.addAll(List.of(f.getParams())));
                if (acc.getInput() != null) {
                    walk(acc.getInput(), true, asks, expressions, bindings);
                }
            }
        } else if (d instanceof NotDescr || d instanceof ExistsDescr || d instanceof ForallDescr) {
            for (BaseDescr c : ((ConditionalElementDescr) d).getDescrs()) {
                walk(c, true, asks, expressions, bindings);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr c : ce.getDescrs()) {
                walk(c, asked, asks, expressions, bindings);
            }
        } else {
            throw new AssertionError("a condition these checks do not read yet: " + d.getClass().getSimpleName()
                    + " " + d.getText());
        }
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /**
     * The fact types a consequence inserts: {@code insert(...)}/{@code insertLogical(...)} of
     * {@code new T(...)}, of a static factory {@code T.m(...)} or of {@code $bound.m(...)} (both by
     * the method's return type), the {@link Explain} helpers and {@code $weeks.open(kcontext, ...)}.
     */
    private static Set<String> derives(String file, String rule, String consequence, Map<String, String> imports,
            Map<String, String> bindings) {
        Set<String> out = new TreeSet<>();
        String code = JavaText.withoutStringsAndComments(consequence);
        for (String call : List.of("insertLogical(", "insert(")) {
            for (int at = code.indexOf(call); at >= 0; at = code.indexOf(call, at + 1)) {
                if (at > 0 && Character.isJavaIdentifierPart(code.charAt(at - 1))) {
                    continue;
                }
                String arg = code.substring(at + call.length()).stripLeading();
                out.add(insertedType(file, rule, arg, imports, bindings));
            }
        }
        for (int at = code.indexOf(".open(kcontext"); at >= 0; at = code.indexOf(".open(kcontext", at + 1)) {
            String receiver = code.substring(0, at).replaceAll("^[\\s\\S]*?([$\\w]+)$", "$1");
            if (!"PlanWeeks".equals(simple(bindings.getOrDefault(receiver, "")))) {
                throw new AssertionError(file + ": rule \"" + rule + "\" calls " + receiver
                        + ".open(kcontext, ...), which these checks know only on a PlanWeeks");
            }
            out.addAll(OPEN_INSERTS);
        }
        for (int at = code.indexOf("Explain."); at >= 0; at = code.indexOf("Explain.", at + 1)) {
            String method = JavaText.identifierAt(code, at + "Explain.".length());
            List<String> types = EXPLAIN_INSERTS.get(method);
            if (types == null) {
                throw new AssertionError(file + ": rule \"" + rule + "\" calls Explain." + method
                        + ", which these checks do not know: name what it inserts in DrlRules.EXPLAIN_INSERTS");
            }
            out.addAll(types);
        }
        return out;
    }

    private static String insertedType(String file, String rule, String arg, Map<String, String> imports,
            Map<String, String> bindings) {
        if (arg.startsWith("new ")) {
            String type = simple(JavaText.qualifiedAt(arg, 4));
            if (type.equals("Finding")) {
                String rest = arg.substring(arg.indexOf('(') + 1).stripLeading();
                if (rest.startsWith("Severity.")) {
                    return type + "." + JavaText.identifierAt(rest, "Severity.".length());
                }
            }
            return type;
        }
        String receiver = JavaText.identifierAt(arg, 0);
        int dot = receiver.length();
        if (dot < arg.length() && arg.charAt(dot) == '.') {
            String method = JavaText.identifierAt(arg, dot + 1);
            Class<?> owner = receiver.startsWith("$") ? load(imports, bindings.get(receiver)) : load(imports, receiver);
            if (owner != null) {
                for (Method m : owner.getMethods()) {
                    if (m.getName().equals(method) && m.getReturnType() != void.class
                            && (receiver.startsWith("$") || Modifier.isStatic(m.getModifiers()))) {
                        return m.getReturnType().getSimpleName();
                    }
                }
            }
        }
        throw new AssertionError(file + ": rule \"" + rule + "\" inserts something these checks cannot type: " + arg);
    }

    private static Class<?> load(Map<String, String> imports, String simpleName) {
        if (simpleName == null || !imports.containsKey(simpleName)) {
            return null;
        }
        try {
            return Class.forName(imports.get(simpleName));
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Checks that {@link #EXPLAIN_INSERTS} names exactly Explain's public helpers. */
    static Set<String> explainHelpers() {
        Set<String> out = new TreeSet<>();
        for (Method m : Explain.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                out.add(m.getName());
            }
        }
        return out;
    }
}
