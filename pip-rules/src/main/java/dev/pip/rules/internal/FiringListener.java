package dev.pip.rules.internal;

import dev.pip.rules.EvaluationObserver;
import dev.pip.rules.RuleFiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;

/**
 * Turns Drools' agenda and working-memory events into {@link RuleFiring}s for an
 * {@link EvaluationObserver}: what a firing matched, and what its consequence inserted.
 */
public final class FiringListener {
    private final EvaluationObserver observer;
    private final List<Object> inserted = new ArrayList<>();
    private Rule firing;

    /** The agenda half: marks the start and end of each firing. */
    public final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule();
            inserted.clear();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            List<Object> matched = new ArrayList<>(event.getMatch().getObjects());
            matched.removeIf(Objects::isNull);
            observer.ruleFired(new RuleFiring(rule.getName(), rule.getPackageName(), matched, inserted));
            inserted.clear();
            firing = null;
        }
    };

    /** The working-memory half: collects what the firing rule inserts. */
    public final DefaultRuleRuntimeEventListener memory = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (firing != null && event.getRule() != null) {
                inserted.add(event.getObject());
            }
        }
    };

    /** A listener reporting to {@code observer}. */
    public FiringListener(EvaluationObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }
}
