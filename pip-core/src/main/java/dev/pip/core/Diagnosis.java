package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.List;
import java.util.Optional;

/**
 * Why the rep underperforms and the context facts that decide whether a PIP is the right
 * tool (specification, section 1).
 *
 * @param rootCause                required root cause
 * @param gap                      the observed gap in words, optional
 * @param monthsUnderperforming    how long the rep has underperformed, in months (>= 0)
 * @param coachingTried            whether coaching was tried before
 * @param suddenDrop               whether a previously consistent performer dropped suddenly
 * @param priorPipRegressed        whether the rep passed an earlier PIP and then regressed
 * @param teamShareBelowStandard   share of the team below standard on the same metric (0..1)
 * @param resourcesProvided        resources given for a SKILL gap (framework, training)
 * @param expectationsConversation whether the expectations conversation of an EFFORT plan happened
 */
public record Diagnosis(
        RootCause rootCause,
        Optional<String> gap,
        double monthsUnderperforming,
        boolean coachingTried,
        boolean suddenDrop,
        boolean priorPipRegressed,
        double teamShareBelowStandard,
        List<String> resourcesProvided,
        boolean expectationsConversation) {

    /** Validates every field. */
    public Diagnosis {
        Require.present(rootCause, "diagnosis.rootCause");
        Require.optional(gap, "diagnosis.gap");
        monthsUnderperforming = Require.nonNegative(monthsUnderperforming, "diagnosis.monthsUnderperforming");
        teamShareBelowStandard = Require.share(teamShareBelowStandard, "diagnosis.teamShareBelowStandard");
        resourcesProvided = Require.list(resourcesProvided, "diagnosis.resourcesProvided");
    }

    /** A diagnosis with only a root cause: every flag false, every number 0, no resources. */
    public static Diagnosis of(RootCause rootCause) {
        return new Diagnosis(rootCause, Optional.empty(), 0, false, false, false, 0, List.of(), false);
    }
}
