package dev.pip.generate;

/**
 * The story a generated plan is written to tell. The story shapes the data (which weeks meet
 * their goals, what is missing, what support was delivered); the decision itself is left to the
 * engine, so a property never assumes the outcome from the scenario.
 */
public enum Scenario {
    /** Every behavioural target meets its goal every week, through monitoring. */
    STRONG,
    /** A behavioural target misses its goal in a week before the gate. */
    FAILING_GATE,
    /** The gate is passed, then a target stays at its baseline in every week after it. */
    FAILING_END,
    /** The gate is passed, the end misses with meaningful improvement; the extension may pass or not (and a pass may regress). */
    IMPROVING_EXTENDED,
    /** Passes, then a target misses its goal in consecutive monitoring weeks. */
    PASSING_THEN_REGRESSING,
    /** Like STRONG, but one week (in the window or in monitoring) of one behavioural target has no observation. */
    MISSING_WEEK,
    /** Fails (at the gate, at the end or after an extension) while the company delivered too little support. */
    SUPPORT_SHORTFALL,
    /** Fails (at the gate, at the end or after an extension) while two or more check-ins were not held. */
    MISSED_CHECK_INS,
    /** A diagnosis that recommends something other than a PIP (ramp, team-wide, environment...). */
    NOT_A_PIP,
    /** A plan with a plan-check ERROR: too few targets, a missing signature, no support... */
    NOT_ACTIVATABLE
}
