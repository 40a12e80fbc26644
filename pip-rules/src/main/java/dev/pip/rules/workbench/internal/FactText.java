package dev.pip.rules.workbench.internal;

import dev.pip.core.Policy;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the workbench reads off any fact, the rule authors' own included: the plan day or plan
 * week it is about (a record component or no-argument method named {@code day} or {@code week}
 * returning an int), and a short text of it.
 */
public final class FactText {
    private static final int MAX_TEXT = 160;
    private static final Map<String, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private FactText() {
    }

    /** The plan day a fact is about, if it says. */
    public static OptionalInt day(Object fact) {
        return intOf(fact, "day");
    }

    /** The plan week a fact is about, if it says. */
    public static OptionalInt week(Object fact) {
        return intOf(fact, "week");
    }

    /** True for the engine's own objects (Drools' initial fact), which say nothing to a rule author. */
    public static boolean engineInternal(Object fact) {
        String name = fact.getClass().getName();
        return name.startsWith("org.drools.") || name.startsWith("org.kie.");
    }

    /** The fact as short text: its type and fields, the policy by name only. */
    public static String text(Object fact) {
        if (fact instanceof Policy) {
            return "Policy";
        }
        String own = String.valueOf(fact);
        String s = fact.getClass().isRecord() ? own
                : own.startsWith(fact.getClass().getName() + "@") ? fact.getClass().getSimpleName() // Object's own toString
                : fact.getClass().getSimpleName() + " " + own;
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 3) + "...";
    }

    private static OptionalInt intOf(Object fact, String name) {
        Optional<Method> m = ACCESSORS.computeIfAbsent(fact.getClass().getName() + "#" + name,
                k -> accessor(fact.getClass(), name));
        if (m.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of((Integer) m.get().invoke(fact));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static Optional<Method> accessor(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name) && c.getType() == int.class) {
                    return Optional.of(c.getAccessor());
                }
            }
            return Optional.empty();
        }
        for (String candidate : new String[] {name, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)}) {
            try {
                Method m = type.getMethod(candidate);
                if (m.getReturnType() == int.class) {
                    return Optional.of(m);
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }
}
