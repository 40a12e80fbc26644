package dev.pip.rules.facts;

import dev.pip.core.Recommendation;

/**
 * Result: the one recommendation chosen by precedence.
 *
 * @param recommendation the recommendation
 */
public record Recommended(Recommendation recommendation) {
}
