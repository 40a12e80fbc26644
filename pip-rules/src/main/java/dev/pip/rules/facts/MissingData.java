package dev.pip.rules.facts;

import java.util.List;

/**
 * Result: a behavioural target lacks data in judged weeks of a reached window.
 *
 * @param window the {@link Window#id()}
 * @param target the target id
 * @param weeks  the weeks without any observation
 */
public record MissingData(int window, String target, List<Integer> weeks) {
    /** Copies the list. */
    public MissingData {
        weeks = List.copyOf(weeks);
    }
}
