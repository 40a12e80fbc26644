package dev.pip.rules.facts;

import dev.pip.core.Reason;

/**
 * Result: a reason for the recommendation (day 0) or for a decision on a plan day.
 *
 * @param day    0 for the recommendation, else the plan day of the decision it explains
 * @param reason the rule, the sentence and the evidence
 */
public record Explained(int day, Reason reason) {
}
