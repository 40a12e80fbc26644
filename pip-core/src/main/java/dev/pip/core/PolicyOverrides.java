package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The policy parameters a plan document sets for itself; each absent one keeps the engine's
 * default. See {@link Policy} for the meaning and range of each.
 */
public record PolicyOverrides(
        OptionalInt gateDay,
        OptionalInt extensionDays,
        OptionalInt maxExtensions,
        OptionalInt monitoringDays,
        OptionalInt rampMonths,
        OptionalDouble teamWideShare,
        OptionalDouble minMonthsUnderperforming,
        OptionalDouble improvementShare,
        OptionalInt regressionWeeks,
        OptionalDouble supportDeliveredShare,
        OptionalInt missedCheckInsForReview) {

    private static final PolicyOverrides NONE = new PolicyOverrides(
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty());

    /** Checks that no component is null and every set value lies in its range. */
    public PolicyOverrides {
        Require.present(gateDay, "policy.gateDay").ifPresent(v -> Require.atLeast(v, 7, "policy.gateDay"));
        Require.present(extensionDays, "policy.extensionDays")
                .ifPresent(v -> Require.atLeast(v, 7, "policy.extensionDays"));
        Require.present(maxExtensions, "policy.maxExtensions")
                .ifPresent(v -> Require.atLeast(v, 0, "policy.maxExtensions"));
        Require.present(monitoringDays, "policy.monitoringDays")
                .ifPresent(v -> Require.atLeast(v, 7, "policy.monitoringDays"));
        Require.present(rampMonths, "policy.rampMonths").ifPresent(v -> Require.atLeast(v, 0, "policy.rampMonths"));
        Require.present(teamWideShare, "policy.teamWideShare")
                .ifPresent(v -> Require.share(v, "policy.teamWideShare"));
        Require.present(minMonthsUnderperforming, "policy.minMonthsUnderperforming")
                .ifPresent(v -> Require.nonNegative(v, "policy.minMonthsUnderperforming"));
        Require.present(improvementShare, "policy.improvementShare")
                .ifPresent(v -> Require.share(v, "policy.improvementShare"));
        Require.present(regressionWeeks, "policy.regressionWeeks")
                .ifPresent(v -> Require.atLeast(v, 1, "policy.regressionWeeks"));
        Require.present(supportDeliveredShare, "policy.supportDeliveredShare")
                .ifPresent(v -> Require.share(v, "policy.supportDeliveredShare"));
        Require.present(missedCheckInsForReview, "policy.missedCheckInsForReview")
                .ifPresent(v -> Require.atLeast(v, 1, "policy.missedCheckInsForReview"));
    }

    /** No overrides: the engine's defaults apply. */
    public static PolicyOverrides none() {
        return NONE;
    }

    /** True when no parameter is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
