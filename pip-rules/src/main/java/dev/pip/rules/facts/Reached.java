package dev.pip.rules.facts;

import dev.pip.core.Decision;

/**
 * Result: a decision of the timeline, reached on a plan day.
 *
 * @param decision the decision
 * @param day      the plan day
 */
public record Reached(Decision decision, int day) {
}
