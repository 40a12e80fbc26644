package dev.pip.rules.facts;

import java.util.List;

/**
 * What the company delivered up to a decision day, for the fairness guards (specification section
 * 8): counted over plan weeks 1 to the last one ending on or before {@code day}.
 *
 * @param day              the decision day
 * @param weeks            how many plan weeks are counted
 * @param supportCommitted perWeek x weeks, summed over the commitments
 * @param supportDelivered every delivery in those weeks, not capped
 * @param missedCheckIns   weeks without a check-in marked held
 * @param missedWeeks      those weeks, in order
 */
public record Tally(int day, int weeks, double supportCommitted, double supportDelivered, int missedCheckIns,
        List<Integer> missedWeeks) {

    /** Copies the list. */
    public Tally {
        missedWeeks = List.copyOf(missedWeeks);
    }

    /** True when support delivered is strictly below {@code share} of support committed. */
    public boolean deliveredBelow(double share) {
        return supportDelivered < supportCommitted * share;
    }
}
