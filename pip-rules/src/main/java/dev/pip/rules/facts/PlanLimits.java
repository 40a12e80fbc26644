package dev.pip.rules.facts;

/**
 * The fixed limits of the plan checks (specification, section 2). The engine inserts {@link #STANDARD},
 * the specification's values, into every evaluation.
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

    /** The specification's limits: 3-5 behavioural targets, at most 1 outcome target, windows of 30-90 days (slow above 60), weekly check-ins, a week after the gate. */
    public static final PlanLimits STANDARD = new PlanLimits(3, 5, 1, 30, 90, 60, 1.0, 7);
}
