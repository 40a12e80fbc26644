package dev.pip.rules.workbench;

import dev.pip.core.Decision;
import dev.pip.core.Recommendation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a test case expects of an evaluation; each part is checked only when given.
 *
 * @param recommendation  the recommendation
 * @param decision        the latest decision
 * @param timeline        every decision of the timeline with its day, in order
 * @param findingsPresent finding codes that must be there
 * @param findingsAbsent  finding codes that must not be there
 * @param rulesFired      rules that must fire at least once
 * @param rulesNotFired   rules that must not fire
 */
public record Expectations(Optional<Recommendation> recommendation, Optional<Decision> decision,
        Optional<List<Step>> timeline, Set<String> findingsPresent, Set<String> findingsAbsent,
        Set<String> rulesFired, Set<String> rulesNotFired) {

    /** No expectation at all. */
    public static final Expectations NONE = new Expectations(Optional.empty(), Optional.empty(), Optional.empty(),
            Set.of(), Set.of(), Set.of(), Set.of());

    /** Validates every field and copies the collections. */
    public Expectations {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(decision, "decision");
        timeline = Objects.requireNonNull(timeline, "timeline").map(List::copyOf);
        findingsPresent = Set.copyOf(findingsPresent);
        findingsAbsent = Set.copyOf(findingsAbsent);
        rulesFired = Set.copyOf(rulesFired);
        rulesNotFired = Set.copyOf(rulesNotFired);
    }

    /** True when nothing is expected: {@code --record} fills such cases. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * One decision of a timeline.
     *
     * @param decision the decision
     * @param day      its plan day
     */
    public record Step(Decision decision, int day) {
        /** Validates every field. */
        public Step {
            Objects.requireNonNull(decision, "decision");
            if (day < 1) {
                throw new IllegalArgumentException("day must be at least 1, was " + day);
            }
        }

        @Override
        public String toString() {
            return decision + "@" + day;
        }
    }
}
