package dev.pip.rules.facts;

import dev.pip.core.Reason;
import dev.pip.core.Recommendation;

/**
 * A recommendation whose condition holds, with its reason; the one of highest precedence
 * (its enum order) is the recommendation.
 *
 * @param recommendation what the condition calls for
 * @param reason         why
 */
public record Applies(Recommendation recommendation, Reason reason) {
    /** The precedence: lower is higher, the enum order of {@link Recommendation}. */
    public int rank() {
        return recommendation.ordinal();
    }
}
