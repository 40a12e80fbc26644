package dev.pip.rules.facts;

import dev.pip.core.Decision;

/**
 * What the rules decide at a window's decision point, after the fairness guards. It becomes the
 * timeline's decision unless a recorded decision answers that decision point; then it is what
 * the record is compared with.
 *
 * @param window   the window decided
 * @param day      the day of the decision
 * @param decision the rules' decision
 * @param rule     the rule whose reason decided
 * @param message  that reason, in words
 */
public record Ruling(int window, int day, Decision decision, String rule, String message) {

    /** A verdict that no guard changed. */
    public static Ruling of(Verdict v) {
        return new Ruling(v.window(), v.day(), v.decision(), v.rule(), v.message());
    }
}
