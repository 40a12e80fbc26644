package dev.pip.core;

import dev.pip.core.internal.Require;
import dev.pip.core.time.PlanCalendar;
import java.util.Optional;

/**
 * A decision people made and recorded in the plan (its {@code decisions}): the rules follow it
 * instead of deciding that decision point themselves. A record whose day lies after the as-of
 * date is ignored by an evaluation on that date, like any later fact.
 *
 * <p>Each record answers one decision point of the rules: the first record the first one (the
 * gate, or the final decision when the gate is final), each later record the decision point
 * that follows the record before it. The order of a list of records is checked by
 * {@link PlanDocument}.
 *
 * @param day      the plan day it was decided on (day 1 is the start date), 1..{@link PlanCalendar#MAX_DAY}
 * @param decision what was decided: one of the {@linkplain Decision#recordable() recordable} decisions
 * @param by       who decided (an id such as {@code hr-4}), optional
 * @param note     a note for the file, optional
 */
public record RecordedDecision(int day, Decision decision, Optional<String> by, Optional<String> note) {

    /** Validates every field. */
    public RecordedDecision {
        Require.within(day, 1, PlanCalendar.MAX_DAY, "day");
        Require.present(decision, "decision");
        if (!decision.recordable()) {
            throw new IllegalArgumentException("decision " + decision
                    + " is never a person's decision; record one of CONTINUE, PASS, EXTEND, EXIT, REGRESSION, CLOSED");
        }
        Require.optional(by, "by");
        Require.optional(note, "note");
    }

    /** A record without author or note. */
    public static RecordedDecision of(int day, Decision decision) {
        return new RecordedDecision(day, decision, Optional.empty(), Optional.empty());
    }

    /** A record of {@code decision} on {@code day} by {@code by}, without a note. */
    public static RecordedDecision by(String by, int day, Decision decision) {
        return new RecordedDecision(day, decision, Optional.of(Require.text(by, "by")), Optional.empty());
    }
}
