package dev.pip.rules.facts;

/**
 * A window of plan days opened by the rules from the decision before it (the start, or a
 * decision reached, the rules' own or recorded): its kind, the weeks it judges and which goal is in
 * force. It comes with one {@link TargetWindow} per target, one {@link WeekValue} per target and
 * ended week (those after {@link #lastWeek()}, before a late record answering it, not judged) and
 * one {@link TrackedTrend} per tracked metric, each keyed by this window's {@link #id()}. Only windows the timeline actually opens exist; nothing is built ahead.
 *
 * @param id          the window's key in other facts: the day of the decision that opened it (0 for the first)
 * @param kind        what is decided at its end
 * @param previousDay the day of the decision that opened it (0 for the first window)
 * @param day         the day its decision is due
 * @param firstWeek   the first plan week judged (the first ending after {@code previousDay})
 * @param lastWeek    the last plan week judged (the last ending on or before {@code day})
 * @param reached     true when the due day is on or before as-of
 * @param afterGate   true when the goal after the gate is in force (a CONTINUE came before)
 * @param inExtension true when the goal in an extension is in force (an EXTEND came before)
 */
public record Window(int id, WindowKind kind, int previousDay, int day, int firstWeek, int lastWeek, boolean reached,
        boolean afterGate, boolean inExtension) {

    /** True for the windows that end with a final decision: PASS, EXTEND or EXIT. */
    public boolean finalDecision() {
        return kind == WindowKind.FINAL || kind == WindowKind.EXTENSION;
    }

    /** True for monitoring after a PASS. */
    public boolean monitoring() {
        return kind == WindowKind.MONITORING;
    }

    /** The judged weeks in words, for messages: "weeks 1-4". */
    public String weeks() {
        if (lastWeek < firstWeek) {
            return "no weeks";
        }
        return firstWeek == lastWeek ? "week " + firstWeek : "weeks " + firstWeek + "-" + lastWeek;
    }
}
