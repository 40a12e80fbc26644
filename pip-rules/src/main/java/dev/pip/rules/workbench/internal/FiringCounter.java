package dev.pip.rules.workbench.internal;

import dev.pip.rules.EvaluationObserver;
import dev.pip.rules.RuleFiring;
import java.util.HashMap;
import java.util.Map;

/** Counts firings per rule name over one evaluation (one thread). */
public final class FiringCounter implements EvaluationObserver {
    private final Map<String, Integer> counts = new HashMap<>();

    @Override
    public void ruleFired(RuleFiring firing) {
        counts.merge(firing.rule(), 1, Integer::sum);
    }

    /** The counts so far, rule name to firings (a copy). */
    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
