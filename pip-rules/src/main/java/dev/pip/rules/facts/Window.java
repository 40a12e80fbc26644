package dev.pip.rules.facts;

/**
 * A judged window that some timeline could reach: the weeks a decision on {@code day} judges
 * when the previous decision was on {@code previousDay}. Java prepares one for every decision
 * day the policy allows (the gate, the end of the window, each possible extension) and one
 * monitoring window after each day a PASS could fall on; the rules decide which ones open.
 *
 * @param id          a number unique within one evaluation
 * @param monitoring  true for a monitoring window after a PASS
 * @param previousDay the previous decision's day (0 for the first window)
 * @param day         the decision day closing this window
 * @param firstWeek   the first judged week
 * @param lastWeek    the last judged week (less than firstWeek when none)
 * @param reached     true when as-of has reached {@code day}
 */
public record Window(int id, boolean monitoring, int previousDay, int day, int firstWeek, int lastWeek,
        boolean reached) {

    /** The judged weeks in words, for messages: "weeks 1-4". */
    public String weeks() {
        if (lastWeek < firstWeek) {
            return "no weeks";
        }
        return firstWeek == lastWeek ? "week " + firstWeek : "weeks " + firstWeek + "-" + lastWeek;
    }
}
