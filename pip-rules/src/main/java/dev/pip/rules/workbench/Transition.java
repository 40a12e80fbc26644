package dev.pip.rules.workbench;

import dev.pip.core.Decision;
import java.util.Objects;

/**
 * A plan's latest decision under the base rules and under the changed rules.
 *
 * @param from the decision under the base rules
 * @param to   the decision under the changed rules
 */
public record Transition(Decision from, Decision to) implements Comparable<Transition> {
    /** Validates every field. */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** True when the decision changed. */
    public boolean changed() {
        return from != to;
    }

    @Override
    public int compareTo(Transition o) {
        int c = from.compareTo(o.from);
        return c != 0 ? c : to.compareTo(o.to);
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
