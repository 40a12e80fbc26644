package dev.pip.core;

/** Which side of the goal is good. */
public enum Direction {
    /** Higher is better: a value meets the goal when it is at least the goal. */
    AT_LEAST,
    /** Lower is better: a value meets the goal when it is at most the goal. */
    AT_MOST
}
