package dev.pip.rules;

import dev.pip.rules.internal.RuleCompiler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs the bundled rules on hand-made facts, for focused rule tests: insert the minimal facts
 * that should fire a rule, fire, then ask which rules fired and which facts the rules left.
 */
final class RuleHarness {
    private static final KieBase BUNDLED = RuleCompiler.compile("bundled", BundledRules.ruleFiles());

    private final Set<String> fired = new LinkedHashSet<>();
    private final List<Object> facts = new ArrayList<>();

    private RuleHarness() {
    }

    /**
     * Inserts {@code facts} into a new session of the bundled rules and fires every rule; a
     * collection among them (a window with its facts) is inserted element by element.
     */
    static RuleHarness run(Collection<?> input) {
        RuleHarness h = new RuleHarness();
        KieSession session = BUNDLED.newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    h.fired.add(event.getMatch().getRule().getName());
                }
            });
            for (Object fact : input) {
                if (fact instanceof Collection<?> several) {
                    several.forEach(session::insert);
                } else {
                    session.insert(fact);
                }
            }
            session.fireAllRules(100_000);
            h.facts.addAll(session.getObjects());
        } finally {
            session.dispose();
        }
        return h;
    }

    /** Same as {@link #run(Collection)} with varargs. */
    static RuleHarness run(Object... input) {
        return run(List.of(input));
    }

    /** True when a rule of this name fired at least once (and its result was not necessarily retracted). */
    boolean fired(String rule) {
        return fired.contains(rule);
    }

    /** Names of every rule that fired, in first-firing order. */
    Set<String> firedRules() {
        return fired;
    }

    /** The facts of type {@code type} in working memory after firing. */
    <T> List<T> facts(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
