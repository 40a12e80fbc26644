package dev.pip.rules.facts;

/** What a window of plan days is judged for: the decision due at its end. */
public enum WindowKind {
    /** From the start to the gate day: CONTINUE or EXIT. */
    GATE,
    /** To the end of the plan window (from the start when the gate is final, else from CONTINUE): PASS, EXTEND or EXIT. */
    FINAL,
    /** From an EXTEND to extensionDays later: PASS, EXTEND or EXIT. */
    EXTENSION,
    /** From a PASS to monitoringDays later: REGRESSION as soon as a run of missed weeks ends, else CLOSED. */
    MONITORING
}
