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
}
