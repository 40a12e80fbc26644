package dev.pip.rules.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Watches one evaluation's firings: which rule is firing (to blame it when it throws), how often
 * each rule fired and how many facts it updated (to name the one to blame when the firing limit
 * is reached, without running the session again), and the time limit, checked before each
 * firing: once it has passed, the session is halted after the firing under way.
 *
 * <p>Blame goes to the rule with the most firings plus updates: a rule that updates a fact
 * makes every rule on that fact fire again, so they may all fire about as often as it does;
 * its updates set it apart.
 */
public final class FiringWatch extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final long deadline;
    /** Per rule: firings, then updates. */
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
        counts.computeIfAbsent(event.getMatch().getRule().getName(), k -> new int[2])[0]++;
        current = null;
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getRule() != null) {
            counts.computeIfAbsent(event.getRule().getName(), k -> new int[2])[1]++;
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        // Inserting is how rules conclude; only updates make other rules fire again on the same fact.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // Deleting stops matches rather than starting them.
    }

    /** The rule whose consequence is running (or threw), if any. */
    public Optional<String> current() {
        return Optional.ofNullable(current);
    }

    /** Whether the time limit passed and the session was halted. */
    public boolean timedOut() {
        return timedOut;
    }

    /**
     * The rule to blame for firing without end, and how often it fired: the most firings plus
     * updates; ties go to the name first in order.
     */
    public Optional<Map.Entry<String, Integer>> mostFired() {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, int[]>>comparingLong(e -> (long) e.getValue()[0] + e.getValue()[1])
                        .thenComparing(Map.Entry.<String, int[]>comparingByKey().reversed()))
                .map(e -> Map.entry(e.getKey(), e.getValue()[0]));
    }
}
