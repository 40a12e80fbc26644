package dev.pip.rules.workbench;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.TimelineEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a plan stands where it does: per decision point the rules that fired there in stage
 * order with the facts they matched, and for each decision that did not happen there the first
 * condition that stopped it.
 *
 * @param evaluation the evaluation explained
 * @param points     the decision points in day order; the first gathers the recommendation and plan checks
 */
public record Explanation(Evaluation evaluation, List<Point> points) {
    /** Validates every field and copies the list. */
    public Explanation {
        Objects.requireNonNull(evaluation, "evaluation");
        points = List.copyOf(points);
    }

    /**
     * One decision point, or the recommendation and plan checks before any.
     *
     * @param title      {@code Recommendation and plan checks}, {@code Day 30 (gate)}, ...
     * @param day        the plan day (0 before any decision point)
     * @param decided    the timeline entry decided here, if any
     * @param fired      the rules that fired for this point, in firing order (stage by stage)
     * @param notReached each other decision this point could have reached, and why it did not
     */
    public record Point(String title, int day, Optional<TimelineEntry> decided, List<Fired> fired,
            List<NotReached> notReached) {
        /** Validates every field and copies the lists. */
        public Point {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(decided, "decided");
            fired = List.copyOf(fired);
            notReached = List.copyOf(notReached);
        }
    }

    /**
     * One firing of a rule.
     *
     * @param rule     the rule's name
     * @param place    {@code file:line} of the rule, when the catalogue knows it
     * @param salience the rule's stage
     * @param matched  the facts its conditions matched, as text
     */
    public record Fired(String rule, String place, int salience, List<String> matched) {
        /** Validates every field and copies the list. */
        public Fired {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(place, "place");
            matched = List.copyOf(matched);
        }
    }

    /**
     * A decision that did not happen at a point.
     *
     * @param decision the decision
     * @param because  the first condition that stopped it, in words a manager reads
     * @param rules    the rules that conclude this decision (none fired for it here)
     */
    public record NotReached(Decision decision, String because, List<String> rules) {
        /** Validates every field and copies the list. */
        public NotReached {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(because, "because");
            rules = List.copyOf(rules);
        }

        /** {@code PASS not reached: Outbound dials missed its goal of 80 in week 6 (71)}. */
        public String sentence() {
            return decision + " not reached: " + because;
        }
    }
}
