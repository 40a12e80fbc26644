package dev.pip.core;

/** Whether a target measures something the rep controls or a result that follows from it. */
public enum TargetKind {
    /** An activity the rep controls (calls, discovery questions); these decide the gates. */
    BEHAVIOURAL,
    /** A result (revenue, win rate); secondary, never decides a gate. */
    OUTCOME
}
