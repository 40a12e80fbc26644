package dev.pip.core;

import static dev.pip.core.PolicyParameter.EXTENSION_DAYS;
import static dev.pip.core.PolicyParameter.GATE_DAY;
import static dev.pip.core.PolicyParameter.IMPROVEMENT_SHARE;
import static dev.pip.core.PolicyParameter.MAX_EXTENSIONS;
import static dev.pip.core.PolicyParameter.MIN_MONTHS_UNDERPERFORMING;
import static dev.pip.core.PolicyParameter.MISSED_CHECK_INS_FOR_REVIEW;
import static dev.pip.core.PolicyParameter.MONITORING_DAYS;
import static dev.pip.core.PolicyParameter.RAMP_MONTHS;
import static dev.pip.core.PolicyParameter.REGRESSION_WEEKS;
import static dev.pip.core.PolicyParameter.SUPPORT_DELIVERED_SHARE;
import static dev.pip.core.PolicyParameter.TEAM_WIDE_SHARE;

/**
 * The policy parameters of the specification (pip-core/docs/policy.md), with their defaults. The
 * rules read every threshold and day count from here; a plan document's {@code policy} overrides
 * single parameters. Each parameter's name, range, default and meaning is described once, by
 * {@link PolicyParameter}; the constructor rejects a value outside its range.
 *
 * @param gateDay                  day of the binary gate (30); 7..90
 * @param extensionDays            length of an extension (14); 7..90
 * @param maxExtensions            how many extensions a plan may have (1); 0..3
 * @param monitoringDays           monitoring after a pass (60); 7..365
 * @param rampMonths               months after hire during which a rep is in ramp (6); 0..36
 * @param teamWideShare            share of the team below standard that makes it systemic (0.5); 0..1
 * @param minMonthsUnderperforming months of underperformance before a PIP (2); 0..36
 * @param improvementShare         share of the gap an unmet target must close to extend (0.5); 0..1
 * @param regressionWeeks          consecutive missed monitoring weeks that make a regression (2); 1..52
 * @param supportDeliveredShare    share of committed support below which an exit is reviewed (0.8); 0..1
 * @param missedCheckInsForReview  missed check-ins that turn an exit into a review (2); 1..52
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

    private static final Policy DEFAULTS = new Policy(
            (int) GATE_DAY.defaultValue(), (int) EXTENSION_DAYS.defaultValue(), (int) MAX_EXTENSIONS.defaultValue(),
            (int) MONITORING_DAYS.defaultValue(), (int) RAMP_MONTHS.defaultValue(), TEAM_WIDE_SHARE.defaultValue(),
            MIN_MONTHS_UNDERPERFORMING.defaultValue(), IMPROVEMENT_SHARE.defaultValue(),
            (int) REGRESSION_WEEKS.defaultValue(), SUPPORT_DELIVERED_SHARE.defaultValue(),
            (int) MISSED_CHECK_INS_FOR_REVIEW.defaultValue());

    /** Checks every parameter against its range ({@link PolicyParameter}). */
    public Policy {
        GATE_DAY.check(gateDay);
        EXTENSION_DAYS.check(extensionDays);
        MAX_EXTENSIONS.check(maxExtensions);
        MONITORING_DAYS.check(monitoringDays);
        RAMP_MONTHS.check(rampMonths);
        teamWideShare = TEAM_WIDE_SHARE.check(teamWideShare);
        minMonthsUnderperforming = MIN_MONTHS_UNDERPERFORMING.check(minMonthsUnderperforming);
        improvementShare = IMPROVEMENT_SHARE.check(improvementShare);
        REGRESSION_WEEKS.check(regressionWeeks);
        supportDeliveredShare = SUPPORT_DELIVERED_SHARE.check(supportDeliveredShare);
        MISSED_CHECK_INS_FOR_REVIEW.check(missedCheckInsForReview);
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
