package dev.pip.rules.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Watches one evaluation's firings: which rule is firing (to blame it when it throws), how often
 * each rule fired (to name the one that fired most when the firing limit is reached, without
 * running the session again), and the time limit, checked before each firing: once it has
 * passed, the session is halted after the firing under way.
 */
public final class FiringWatch extends DefaultAgendaEventListener {
    private final long deadline;
    private final Map<String, int[]> counts = new HashMap<>();
    private String current;
    private boolean timedOut;

    /** A watch whose time limit ends {@code limitNanos} from now. */
    public FiringWatch(long limitNanos) {
        this.deadline = System.nanoTime() + limitNanos;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch().getRule().getName();
        if (!timedOut && System.nanoTime() - deadline > 0) {
            timedOut = true;
            event.getKieRuntime().halt();
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        counts.computeIfAbsent(event.getMatch().getRule().getName(), k -> new int[1])[0]++;
        current = null;
    }

    /** The rule whose consequence is running (or threw), if any. */
    public Optional<String> current() {
        return Optional.ofNullable(current);
    }

    /** Whether the time limit passed and the session was halted. */
    public boolean timedOut() {
        return timedOut;
    }

    /** The rule that fired most, and how often; ties go to the name first in order. */
    public Optional<Map.Entry<String, Integer>> mostFired() {
        return counts.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()[0]))
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()));
    }
}
