package dev.pip.core;

/** How serious a finding is. */
public enum Severity {
    /** Blocks activation of the plan. */
    ERROR,
    /** Worth fixing; does not block activation. */
    WARNING,
    /** Something a reviewer should know (for example an outcome lagging behind behaviour). */
    INFO
}
