package dev.pip.core;

/** Which side of the goal is good. */
public enum Direction {
    /** Higher is better: a value meets the goal when it is at least the goal. */
    AT_LEAST,
    /** Lower is better: a value meets the goal when it is at most the goal. */
    AT_MOST;

    /**
     * Whether {@code value} meets {@code goal} in this direction: at least the goal for
     * {@link #AT_LEAST}, at most the goal for {@link #AT_MOST}.
     */
    public boolean meets(double value, double goal) {
        return this == AT_LEAST ? value >= goal : value <= goal;
    }

    /** "at least" or "at most", for sentences. */
    public String words() {
        return this == AT_LEAST ? "at least" : "at most";
    }
}
