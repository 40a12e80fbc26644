package dev.pip.rules.internal;

import dev.pip.core.Target;

/**
 * The goal in force for a target in each phase (DOMAIN.md section 2): up to the gate the goal;
 * after the gate goalAfterGate if set; in an extension goalInExtension if set, else the goal
 * before it; in monitoring the last goal in force.
 */
final class GoalsInForce {
    private GoalsInForce() {
    }

    static double beforeGate(Target t) {
        return t.goal().orElseThrow();
    }

    /** The goal of the window from the gate to the end; a plan that ends on its gate day has none after it. */
    static double afterGate(Target t, boolean hasDaysAfterGate) {
        return hasDaysAfterGate ? t.goalAfterGate().orElse(beforeGate(t)) : beforeGate(t);
    }

    static double inExtension(Target t, boolean hasDaysAfterGate) {
        return t.goalInExtension().orElse(afterGate(t, hasDaysAfterGate));
    }
}
