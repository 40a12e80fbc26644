package dev.pip.rules.facts;

/**
 * Result: a fairness guard holds on a decision day (specification, section 8).
 *
 * @param day  the decision day
 * @param kind which guard: SUPPORT_SHORTFALL or MISSED_CHECK_INS
 */
public record Guard(int day, String kind) {
}
