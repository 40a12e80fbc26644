package dev.pip.rules.facts;

/**
 * Result: whether a target met its goal over a reached window.
 *
 * @param window      the {@link Window#id()}
 * @param target      the target id
 * @param behavioural true for a behavioural target
 * @param met         true when met
 */
public record TargetResult(int window, String target, boolean behavioural, boolean met) {
}
