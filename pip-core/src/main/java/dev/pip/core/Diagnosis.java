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
        return builder(rootCause).build();
    }

    /**
     * A builder starting from a root cause with every flag false, every number 0 and no
     * resources; each other field is set by name.
     *
     * <pre>{@code
     * Diagnosis d = Diagnosis.builder(RootCause.SKILL)
     *         .monthsUnderperforming(3).coachingTried(true).resourcesProvided(List.of("call framework"))
     *         .build();
     * }</pre>
     */
    public static Builder builder(RootCause rootCause) {
        return new Builder(rootCause);
    }

    /** A builder holding this diagnosis' fields, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(rootCause);
        b.gap = gap;
        b.monthsUnderperforming = monthsUnderperforming;
        b.coachingTried = coachingTried;
        b.suddenDrop = suddenDrop;
        b.priorPipRegressed = priorPipRegressed;
        b.teamShareBelowStandard = teamShareBelowStandard;
        b.resourcesProvided = resourcesProvided;
        b.expectationsConversation = expectationsConversation;
        return b;
    }

    /** Builds a {@link Diagnosis}. Not thread-safe; {@link #build()} validates. */
    public static final class Builder {
        private RootCause rootCause;
        private Optional<String> gap = Optional.empty();
        private double monthsUnderperforming;
        private boolean coachingTried;
        private boolean suddenDrop;
        private boolean priorPipRegressed;
        private double teamShareBelowStandard;
        private List<String> resourcesProvided = List.of();
        private boolean expectationsConversation;

        private Builder(RootCause rootCause) {
            this.rootCause = rootCause;
        }

        /** Sets the root cause. */
        public Builder rootCause(RootCause value) {
            this.rootCause = value;
            return this;
        }

        /** Sets the observed gap in words. */
        public Builder gap(String value) {
            this.gap = Optional.of(Require.text(value, "diagnosis.gap"));
            return this;
        }

        /** Sets how long the rep has underperformed, in months. */
        public Builder monthsUnderperforming(double value) {
            this.monthsUnderperforming = value;
            return this;
        }

        /** Sets whether coaching was tried before. */
        public Builder coachingTried(boolean value) {
            this.coachingTried = value;
            return this;
        }

        /** Sets whether a previously consistent performer dropped suddenly. */
        public Builder suddenDrop(boolean value) {
            this.suddenDrop = value;
            return this;
        }

        /** Sets whether the rep passed an earlier PIP and then regressed. */
        public Builder priorPipRegressed(boolean value) {
            this.priorPipRegressed = value;
            return this;
        }

        /** Sets the share of the team below standard on the same metric (0..1). */
        public Builder teamShareBelowStandard(double value) {
            this.teamShareBelowStandard = value;
            return this;
        }

        /** Sets the resources given for a SKILL gap. */
        public Builder resourcesProvided(List<String> value) {
            this.resourcesProvided = value;
            return this;
        }

        /** Sets whether the expectations conversation of an EFFORT plan happened. */
        public Builder expectationsConversation(boolean value) {
            this.expectationsConversation = value;
            return this;
        }

        /**
         * A validated diagnosis.
         *
         * @throws IllegalArgumentException naming the field when a value is out of range
         */
        public Diagnosis build() {
            return new Diagnosis(rootCause, gap, monthsUnderperforming, coachingTried, suddenDrop,
                    priorPipRegressed, teamShareBelowStandard, resourcesProvided, expectationsConversation);
        }
    }
}
