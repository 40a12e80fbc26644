package dev.pip.rules.facts;

import dev.pip.core.Decision;
import dev.pip.core.Reason;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One-line explanations for rule consequences: each names the rule that fired and inserts its
 * reason logically, so it is withdrawn with the conditions that justified it.
 *
 * <pre>{@code
 * then
 *     Explain.why(kcontext, $win.day(), $tw.name() + " met its goal.", "target", $tw.target());
 * }</pre>
 */
public final class Explain {
    private Explain() {
    }

    /**
     * A supporting reason for the decision on {@code day} (0 for the recommendation).
     *
     * @param kcontext       the rule's context ({@code kcontext} in a consequence)
     * @param day            the decision day it explains
     * @param message        a sentence a manager can read
     * @param namesAndValues the evidence, as name, value, name, value...
     */
    public static void why(RuleContext kcontext, int day, String message, Object... namesAndValues) {
        kcontext.insertLogical(new Explained(day, 0, reason(kcontext, message, namesAndValues)));
    }

    /**
     * The verdict on a window, with its reason: the reason that decides what the rules conclude there.
     *
     * @param kcontext       the rule's context
     * @param window         the window judged
     * @param day            the day of the verdict
     * @param decision       what the weeks call for
     * @param message        why, in a sentence
     * @param namesAndValues the evidence, as name, value, name, value...
     */
    public static void verdict(RuleContext kcontext, Window window, int day, Decision decision, String message,
            Object... namesAndValues) {
        Reason reason = reason(kcontext, message, namesAndValues).withStanding(Reason.Standing.DECIDING);
        kcontext.insertLogical(new Verdict(window.id(), day, decision, reason.rule(), message));
        kcontext.insertLogical(new Explained(day, 0, reason));
    }

    /**
     * A recommendation whose condition holds, with its reason.
     *
     * @param kcontext       the rule's context
     * @param recommendation what the condition calls for
     * @param message        why, in a sentence
     * @param namesAndValues the evidence, as name, value, name, value...
     */
    public static void applies(RuleContext kcontext, dev.pip.core.Recommendation recommendation, String message,
            Object... namesAndValues) {
        Object[] evidence = new Object[namesAndValues.length + 2];
        evidence[0] = "recommendation";
        evidence[1] = recommendation;
        System.arraycopy(namesAndValues, 0, evidence, 2, namesAndValues.length);
        kcontext.insertLogical(new Applies(recommendation, reason(kcontext, message, evidence)));
    }

    private static Reason reason(RuleContext kcontext, String message, Object... namesAndValues) {
        return new Reason(kcontext.getRule().getName(), message, Evidence.of(namesAndValues));
    }
}
