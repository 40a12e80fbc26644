package dev.pip.rules.facts;

/**
 * The fixed limits of the plan checks (DOMAIN.md section 2). The bundled rules insert one with
 * the specification's values, so a rule author changes them in the rule file, not in Java.
 *
 * @param minBehaviouralTargets fewest behavioural targets (3)
 * @param maxBehaviouralTargets most behavioural targets (5)
 * @param maxOutcomeTargets     most outcome targets (1)
 * @param minWindowDays         shortest window (30)
 * @param maxWindowDays         longest window (90)
 * @param slowWindowDays        a window above this is slow firing (60)
 * @param minCheckInsPerWeek    fewest check-ins per week without a warning (1)
 * @param minDaysAfterGate      fewest days a window may run past its gate, so a week is left to judge (7)
 */
public record PlanLimits(int minBehaviouralTargets, int maxBehaviouralTargets, int maxOutcomeTargets,
        int minWindowDays, int maxWindowDays, int slowWindowDays, double minCheckInsPerWeek,
        int minDaysAfterGate) {
}
