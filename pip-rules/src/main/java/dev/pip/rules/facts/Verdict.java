package dev.pip.rules.facts;

import dev.pip.core.Decision;

/**
 * The rules' verdict on a window before the fairness guards: what the weeks judged call for.
 *
 * @param window   the window judged
 * @param day      the day of the verdict
 * @param decision what the weeks call for
 * @param rule     the rule that gave it
 * @param message  its reason, in words
 */
public record Verdict(int window, int day, Decision decision, String rule, String message) {
}
