package dev.pip.rules.facts;

import dev.pip.core.Recommendation;

/**
 * Result: a recommendation whose condition holds, with its precedence (1 is highest).
 *
 * @param recommendation the recommendation
 * @param rank           its precedence, as the recommendation rules set it
 */
public record Applies(Recommendation recommendation, int rank) {
}
