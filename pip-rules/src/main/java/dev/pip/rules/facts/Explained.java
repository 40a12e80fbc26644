package dev.pip.rules.facts;

import dev.pip.core.Reason;

/**
 * A reason for the evaluation, on the day of the decision it explains (0 for the
 * recommendation).
 *
 * @param day    the decision day it explains, 0 for the recommendation
 * @param rank   order among the reasons of that day with the same standing (lower first)
 * @param reason the reason
 */
public record Explained(int day, int rank, Reason reason) {
}
