package dev.pip.rules.internal;

import dev.pip.core.Policy;
import dev.pip.rules.RuleProblem;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers written into rule conditions that equal a policy parameter's default: a
 * threshold edited there instead of in the policy leaves the policy, the evidence and the
 * fingerprint saying otherwise, and no plan or policy file can change it. 0 and 1 are left
 * alone (they are counts and flags far more often than parameters).
 */
public final class PolicyLiterals {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$\"])(\\d+(?:\\.\\d+)?)(?![\\w.\"])");

    private PolicyLiterals() {
    }

    /** A warning per number in a condition of {@code files} that equals a default of {@link Policy#defaults()}. */
    public static List<RuleProblem> warnings(List<RuleFile> files) {
        Map<Double, List<String>> byValue = new LinkedHashMap<>();
        Policy defaults = Policy.defaults();
        for (RecordComponent c : Policy.class.getRecordComponents()) {
            try {
                double v = ((Number) c.getAccessor().invoke(defaults)).doubleValue();
                if (v != 0 && v != 1) {
                    byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read policy parameter " + c.getName(), e);
            }
        }
        List<RuleProblem> out = new ArrayList<>();
        for (RuleFile f : files) {
            DrlText text = new DrlText(f);
            String masked = text.masked();
            for (DrlText.Rule rule : text.rules()) {
                if (rule.when() < 0) {
                    continue;
                }
                Matcher m = NUMBER.matcher(masked);
                m.region(rule.when(), rule.then() >= 0 ? rule.then() : rule.end());
                while (m.find()) {
                    List<String> names = byValue.get(Double.parseDouble(m.group(1)));
                    if (names != null) {
                        out.add(new RuleProblem(f.name(), text.line(m.start()), text.column(m.start()),
                                Optional.of(rule.name()), "warning: " + m.group(1) + " is the default of policy parameter "
                                + String.join(" or ", names) + "; read it from the policy (for example $p."
                                + names.get(0) + "() with $p : Policy()) so that policy.json and plans can change it"));
                    }
                }
            }
        }
        return out;
    }
}
