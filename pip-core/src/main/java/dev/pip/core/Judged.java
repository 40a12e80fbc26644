package dev.pip.core;

/** How the weeks of a judged window are judged for one target. */
public enum Judged {
    /** Each judged week must meet the goal. */
    EVERY_WEEK,
    /** The mean over the judged weeks must meet the goal. */
    AVERAGE
}
