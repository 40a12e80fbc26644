package dev.pip.rules.internal;

import dev.pip.rules.facts.Stage;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code salience Stage.VERDICT} as the number it names before a rule file is compiled.
 * Drools treats any salience that is not a literal number as dynamic, and a rule with a dynamic
 * salience is evaluated eagerly, after every firing of every rule: the bundled rules ran about a
 * fifth slower for it. The number is padded with spaces to the length of the name, so every line
 * and column of the file stays where the author wrote it. A name that is not a stage is left as
 * written, for the compiler to report.
 */
public final class StageSaliences {
    private static final Pattern SALIENCE = Pattern.compile("(\\bsalience\\s+)Stage\\.([A-Za-z_][A-Za-z0-9_]*)\\b");
    private static final Map<String, Integer> STAGES = stages();

    private StageSaliences() {
    }

    /** {@code drl} with each {@code salience Stage.NAME} written as its number, same length. */
    public static String inline(String drl) {
        if (!drl.contains("Stage.")) {
            return drl;
        }
        Matcher m = SALIENCE.matcher(drl);
        StringBuilder out = new StringBuilder(drl.length());
        while (m.find()) {
            Integer value = STAGES.get(m.group(2));
            String written = m.group(0);
            if (value != null) {
                String number = value.toString();
                int width = written.length() - m.group(1).length();
                written = m.group(1) + number + " ".repeat(Math.max(0, width - number.length()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(written));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Integer> stages() {
        Map<String, Integer> out = new HashMap<>();
        for (Field f : Stage.class.getFields()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) && Modifier.isFinal(mod) && f.getType() == int.class) {
                try {
                    out.put(f.getName(), f.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Stage." + f.getName() + " cannot be read", e);
                }
            }
        }
        return Map.copyOf(out);
    }
}
