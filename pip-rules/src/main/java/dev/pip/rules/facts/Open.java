package dev.pip.rules.facts;

/**
 * Result: the timeline has reached the start of this window (its previous decision exists).
 *
 * @param window the {@link Window#id()}
 */
public record Open(int window) {
}
