package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The policy parameters a plan document sets for itself; each absent one keeps the engine's
 * default. See {@link PolicyParameter} for the meaning and range of each.
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

    private static final PolicyOverrides NONE = of(Map.of());

    /** Checks that no component is null and every set value lies in its range ({@link PolicyParameter}). */
    public PolicyOverrides {
        Require.present(gateDay, "policy.gateDay");
        Require.present(extensionDays, "policy.extensionDays");
        Require.present(maxExtensions, "policy.maxExtensions");
        Require.present(monitoringDays, "policy.monitoringDays");
        Require.present(rampMonths, "policy.rampMonths");
        Require.present(teamWideShare, "policy.teamWideShare");
        Require.present(minMonthsUnderperforming, "policy.minMonthsUnderperforming");
        Require.present(improvementShare, "policy.improvementShare");
        Require.present(regressionWeeks, "policy.regressionWeeks");
        Require.present(supportDeliveredShare, "policy.supportDeliveredShare");
        Require.present(missedCheckInsForReview, "policy.missedCheckInsForReview");
        teamWideShare = checked(PolicyParameter.TEAM_WIDE_SHARE, teamWideShare);
        minMonthsUnderperforming = checked(PolicyParameter.MIN_MONTHS_UNDERPERFORMING, minMonthsUnderperforming);
        improvementShare = checked(PolicyParameter.IMPROVEMENT_SHARE, improvementShare);
        supportDeliveredShare = checked(PolicyParameter.SUPPORT_DELIVERED_SHARE, supportDeliveredShare);
        checked(PolicyParameter.GATE_DAY, gateDay);
        checked(PolicyParameter.EXTENSION_DAYS, extensionDays);
        checked(PolicyParameter.MAX_EXTENSIONS, maxExtensions);
        checked(PolicyParameter.MONITORING_DAYS, monitoringDays);
        checked(PolicyParameter.RAMP_MONTHS, rampMonths);
        checked(PolicyParameter.REGRESSION_WEEKS, regressionWeeks);
        checked(PolicyParameter.MISSED_CHECK_INS_FOR_REVIEW, missedCheckInsForReview);
    }

    /**
     * The overrides that set exactly the parameters of {@code values}.
     *
     * @throws IllegalArgumentException when a value is out of its range, or not whole for a whole-number parameter
     */
    public static PolicyOverrides of(Map<PolicyParameter, ? extends Number> values) {
        Map<PolicyParameter, Number> v = new EnumMap<>(PolicyParameter.class);
        values.forEach((p, n) -> v.put(Require.present(p, "parameter"), Require.present(n, "policy." + p.jsonName())));
        return new PolicyOverrides(whole(v, PolicyParameter.GATE_DAY), whole(v, PolicyParameter.EXTENSION_DAYS),
                whole(v, PolicyParameter.MAX_EXTENSIONS), whole(v, PolicyParameter.MONITORING_DAYS),
                whole(v, PolicyParameter.RAMP_MONTHS), number(v, PolicyParameter.TEAM_WIDE_SHARE),
                number(v, PolicyParameter.MIN_MONTHS_UNDERPERFORMING), number(v, PolicyParameter.IMPROVEMENT_SHARE),
                whole(v, PolicyParameter.REGRESSION_WEEKS), number(v, PolicyParameter.SUPPORT_DELIVERED_SHARE),
                whole(v, PolicyParameter.MISSED_CHECK_INS_FOR_REVIEW));
    }

    /** Every parameter of {@code policy}, set: how an evaluation's policy is written. */
    public static PolicyOverrides every(Policy policy) {
        Map<PolicyParameter, Double> v = new EnumMap<>(PolicyParameter.class);
        PolicyParameter.all().forEach(p -> v.put(p, p.valueIn(policy)));
        return of(v);
    }

    /** No overrides: the engine's defaults apply. */
    public static PolicyOverrides none() {
        return NONE;
    }

    /** True when no parameter is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The value set for {@code parameter}, if any. */
    public OptionalDouble get(PolicyParameter parameter) {
        return switch (parameter) {
            case GATE_DAY -> asDouble(gateDay);
            case EXTENSION_DAYS -> asDouble(extensionDays);
            case MAX_EXTENSIONS -> asDouble(maxExtensions);
            case MONITORING_DAYS -> asDouble(monitoringDays);
            case RAMP_MONTHS -> asDouble(rampMonths);
            case TEAM_WIDE_SHARE -> teamWideShare;
            case MIN_MONTHS_UNDERPERFORMING -> minMonthsUnderperforming;
            case IMPROVEMENT_SHARE -> improvementShare;
            case REGRESSION_WEEKS -> asDouble(regressionWeeks);
            case SUPPORT_DELIVERED_SHARE -> supportDeliveredShare;
            case MISSED_CHECK_INS_FOR_REVIEW -> asDouble(missedCheckInsForReview);
        };
    }

    private static OptionalDouble asDouble(OptionalInt value) {
        return value.isPresent() ? OptionalDouble.of(value.getAsInt()) : OptionalDouble.empty();
    }

    private static OptionalDouble checked(PolicyParameter p, OptionalDouble value) {
        return value.isPresent() ? OptionalDouble.of(p.check(value.getAsDouble())) : value;
    }

    private static void checked(PolicyParameter p, OptionalInt value) {
        value.ifPresent(p::check);
    }

    private static OptionalInt whole(Map<PolicyParameter, Number> v, PolicyParameter p) {
        Number n = v.get(p);
        return n == null ? OptionalInt.empty() : OptionalInt.of((int) p.check(n.doubleValue()));
    }

    private static OptionalDouble number(Map<PolicyParameter, Number> v, PolicyParameter p) {
        Number n = v.get(p);
        return n == null ? OptionalDouble.empty() : OptionalDouble.of(n.doubleValue());
    }
}
