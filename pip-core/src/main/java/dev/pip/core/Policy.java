package dev.pip.core;

import dev.pip.core.internal.Require;

/**
 * The policy parameters of the specification (pip-core/docs/policy.md), with their defaults. The
 * rules read every threshold and day count from here; a plan document's {@code policy} overrides single parameters.
 *
 * @param gateDay                  day of the binary gate (30); at least 7
 * @param extensionDays            length of an extension (14); at least 7
 * @param maxExtensions            how many extensions a plan may have (1); at least 0
 * @param monitoringDays           monitoring after a pass (60); at least 7
 * @param rampMonths               months after hire during which a rep is in ramp (6)
 * @param teamWideShare            share of the team below standard that makes it systemic (0.5)
 * @param minMonthsUnderperforming months of underperformance before a PIP (2)
 * @param improvementShare         share of the gap an unmet target must close to extend (0.5)
 * @param regressionWeeks          consecutive missed monitoring weeks that make a regression (2)
 * @param supportDeliveredShare    share of committed support below which an exit is reviewed (0.8)
 * @param missedCheckInsForReview  missed check-ins that turn an exit into a review (2)
 */
public record Policy(
        int gateDay,
        int extensionDays,
        int maxExtensions,
        int monitoringDays,
        int rampMonths,
        double teamWideShare,
        double minMonthsUnderperforming,
        double improvementShare,
        int regressionWeeks,
        double supportDeliveredShare,
        int missedCheckInsForReview) {

    private static final Policy DEFAULTS = new Policy(30, 14, 1, 60, 6, 0.5, 2, 0.5, 2, 0.8, 2);

    /** Validates every parameter. */
    public Policy {
        Require.atLeast(gateDay, 7, "policy.gateDay");
        Require.atLeast(extensionDays, 7, "policy.extensionDays");
        Require.atLeast(maxExtensions, 0, "policy.maxExtensions");
        Require.atLeast(monitoringDays, 7, "policy.monitoringDays");
        Require.atLeast(rampMonths, 0, "policy.rampMonths");
        teamWideShare = Require.share(teamWideShare, "policy.teamWideShare");
        minMonthsUnderperforming = Require.nonNegative(minMonthsUnderperforming, "policy.minMonthsUnderperforming");
        improvementShare = Require.share(improvementShare, "policy.improvementShare");
        Require.atLeast(regressionWeeks, 1, "policy.regressionWeeks");
        supportDeliveredShare = Require.share(supportDeliveredShare, "policy.supportDeliveredShare");
        Require.atLeast(missedCheckInsForReview, 1, "policy.missedCheckInsForReview");
    }

    /** The defaults of the specification (pip-core/docs/policy.md). */
    public static Policy defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults; each parameter is set by name.
     *
     * <pre>{@code
     * Policy p = Policy.builder().gateDay(21).maxExtensions(0).build();
     * }</pre>
     */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder holding this policy's parameters, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This policy with every parameter that {@code overrides} sets replaced. */
    public Policy with(PolicyOverrides overrides) {
        return new Policy(
                overrides.gateDay().orElse(gateDay),
                overrides.extensionDays().orElse(extensionDays),
                overrides.maxExtensions().orElse(maxExtensions),
                overrides.monitoringDays().orElse(monitoringDays),
                overrides.rampMonths().orElse(rampMonths),
                overrides.teamWideShare().orElse(teamWideShare),
                overrides.minMonthsUnderperforming().orElse(minMonthsUnderperforming),
                overrides.improvementShare().orElse(improvementShare),
                overrides.regressionWeeks().orElse(regressionWeeks),
                overrides.supportDeliveredShare().orElse(supportDeliveredShare),
                overrides.missedCheckInsForReview().orElse(missedCheckInsForReview));
    }

    /** Builds a {@link Policy}. Not thread-safe; {@link #build()} validates every parameter. */
    public static final class Builder {
        private int gateDay;
        private int extensionDays;
        private int maxExtensions;
        private int monitoringDays;
        private int rampMonths;
        private double teamWideShare;
        private double minMonthsUnderperforming;
        private double improvementShare;
        private int regressionWeeks;
        private double supportDeliveredShare;
        private int missedCheckInsForReview;

        private Builder(Policy p) {
            gateDay = p.gateDay;
            extensionDays = p.extensionDays;
            maxExtensions = p.maxExtensions;
            monitoringDays = p.monitoringDays;
            rampMonths = p.rampMonths;
            teamWideShare = p.teamWideShare;
            minMonthsUnderperforming = p.minMonthsUnderperforming;
            improvementShare = p.improvementShare;
            regressionWeeks = p.regressionWeeks;
            supportDeliveredShare = p.supportDeliveredShare;
            missedCheckInsForReview = p.missedCheckInsForReview;
        }

        /** Sets the day of the binary gate (at least 7). */
        public Builder gateDay(int value) {
            gateDay = value;
            return this;
        }

        /** Sets the length of an extension in days (at least 7). */
        public Builder extensionDays(int value) {
            extensionDays = value;
            return this;
        }

        /** Sets how many extensions a plan may have (at least 0). */
        public Builder maxExtensions(int value) {
            maxExtensions = value;
            return this;
        }

        /** Sets the days of monitoring after a pass (at least 7). */
        public Builder monitoringDays(int value) {
            monitoringDays = value;
            return this;
        }

        /** Sets the months after hire during which a rep is in ramp (at least 0). */
        public Builder rampMonths(int value) {
            rampMonths = value;
            return this;
        }

        /** Sets the share of the team below standard that makes a gap systemic (0..1). */
        public Builder teamWideShare(double value) {
            teamWideShare = value;
            return this;
        }

        /** Sets the months of underperformance before a PIP (0 or more). */
        public Builder minMonthsUnderperforming(double value) {
            minMonthsUnderperforming = value;
            return this;
        }

        /** Sets the share of the gap an unmet target must close to extend (0..1). */
        public Builder improvementShare(double value) {
            improvementShare = value;
            return this;
        }

        /** Sets the consecutive missed monitoring weeks that make a regression (at least 1). */
        public Builder regressionWeeks(int value) {
            regressionWeeks = value;
            return this;
        }

        /** Sets the share of committed support below which an exit is reviewed (0..1). */
        public Builder supportDeliveredShare(double value) {
            supportDeliveredShare = value;
            return this;
        }

        /** Sets the missed check-ins that turn an exit into a review (at least 1). */
        public Builder missedCheckInsForReview(int value) {
            missedCheckInsForReview = value;
            return this;
        }

        /**
         * A validated policy.
         *
         * @throws IllegalArgumentException naming the parameter when a value is out of range
         */
        public Policy build() {
            return new Policy(gateDay, extensionDays, maxExtensions, monitoringDays, rampMonths, teamWideShare,
                    minMonthsUnderperforming, improvementShare, regressionWeeks, supportDeliveredShare,
                    missedCheckInsForReview);
        }
    }
}
