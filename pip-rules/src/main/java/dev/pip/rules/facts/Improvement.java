package dev.pip.rules.facts;

/**
 * Result: whether an unmet behavioural target closed enough of its gap to justify an extension.
 *
 * @param window the {@link Window#id()}
 * @param target the target id
 * @param enough true when it closed at least the policy's improvement share
 */
public record Improvement(int window, String target, boolean enough) {
}
