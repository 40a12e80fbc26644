package dev.pip.rules;

/**
 * Watches one evaluation from the inside: told of every rule firing, in the order the engine
 * fires them (stage by stage). The workbench counts firings and explains decisions with it.
 *
 * <p>Called on the evaluating thread, during the evaluation; an observer is used for one
 * evaluation at a time unless it is itself thread-safe.
 */
@FunctionalInterface
public interface EvaluationObserver {
    /** One rule fired. */
    void ruleFired(RuleFiring firing);
}
