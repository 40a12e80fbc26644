package dev.pip.core.time;

import java.util.stream.IntStream;

/**
 * The plan weeks {@code first..last}, both included; empty when {@code last < first}.
 *
 * @param first the first plan week (>= 1)
 * @param last  the last plan week
 */
public record WeekRange(int first, int last) {
    /** Checks that the range starts at week 1 or later. */
    public WeekRange {
        if (first < 1) {
            throw new IllegalArgumentException("first week must be at least 1, was " + first);
        }
    }

    /** True when the range holds no week. */
    public boolean isEmpty() {
        return last < first;
    }

    /** How many weeks the range holds. */
    public int size() {
        return isEmpty() ? 0 : last - first + 1;
    }

    /** True when {@code week} lies in the range. */
    public boolean contains(int week) {
        return week >= first && week <= last;
    }

    /** The weeks in order. */
    public IntStream weeks() {
        return IntStream.rangeClosed(first, last);
    }

    @Override
    public String toString() {
        return isEmpty() ? "no weeks" : first == last ? "week " + first : "weeks " + first + "-" + last;
    }
}
