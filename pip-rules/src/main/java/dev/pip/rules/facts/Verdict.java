package dev.pip.rules.facts;

import dev.pip.core.Decision;

/**
 * Result: what a window's judgement proposes, before the fairness guards look at an EXIT.
 *
 * @param window   the {@link Window#id()}
 * @param day      the decision day
 * @param decision the proposed decision
 */
public record Verdict(int window, int day, Decision decision) {
}
