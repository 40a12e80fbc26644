package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.RecordedDecision;
import dev.pip.core.SupportCommitment;
import dev.pip.core.TrackedMetric;
import dev.pip.rules.internal.WorkBudget;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The work budget counts what an evaluation may do: each target and tracked metric judged once
 * per week within reach, each entry of the document read once; a decision of record widens the
 * reach only once it is made by as-of.
 */
class WorkBudgetTest {
    private static final Policy POLICY = Policy.defaults();
    /** Long after any timeline has ended: the reach, not as-of, bounds the weeks. */
    private static final LocalDate LATE = Plans.day(3_000);

    private static long budget(PlanDocument.Builder plan, LocalDate asOf) {
        return WorkBudget.of(plan.build(), POLICY, asOf);
    }

    /** Weeks within reach of a 60-day plan without decisions of record, under the defaults. */
    private static long weeksWithinReach() {
        return (60 + (POLICY.maxExtensions() + 1L) * POLICY.extensionDays() + POLICY.monitoringDays()) / 7 + 1;
    }

    @Test
    void eachTargetAndEachTrackedMetricAddsOneJudgementPerWeekWithinReach() {
        PlanDocument.Builder base = Plans.base().windowDays(60);
        long without = budget(base, LATE);
        long tracked = budget(Plans.base().windowDays(60).trackedMetrics(List.of(
                new TrackedMetric("pipeline", Optional.empty(), Direction.AT_LEAST, OptionalDouble.empty()))), LATE);
        assertEquals(weeksWithinReach(), tracked - without);
        long twoTracked = budget(Plans.base().windowDays(60).trackedMetrics(List.of(
                new TrackedMetric("pipeline", Optional.empty(), Direction.AT_LEAST, OptionalDouble.empty()),
                new TrackedMetric("meetings", Optional.empty(), Direction.AT_LEAST, OptionalDouble.empty()))), LATE);
        assertEquals(2 * weeksWithinReach(), twoTracked - without);
        // three targets, plus one for the plan itself, judged in every week within reach
        long entries = base.build().checkIns().size() + base.build().supportDelivered().size()
                + base.build().support().size();
        assertEquals(4 * weeksWithinReach() + entries, without);
    }

    @Test
    void eachEntryOfTheDocumentIsReadOnce() {
        long base = budget(Plans.base().windowDays(60), Plans.day(20));
        assertEquals(base - 1, budget(Plans.base().windowDays(60).checkIns(Plans.checkIns(1, 29)), Plans.day(20)));
        assertEquals(base - 1, budget(Plans.base().windowDays(60).supportDelivered(Plans.deliveries(1, 29)),
                Plans.day(20)));
        assertEquals(base + 1, budget(Plans.base().windowDays(60).support(List.of(
                new SupportCommitment("COACHING", 1), new SupportCommitment("ROLE_PLAY", 1))), Plans.day(20)));
        assertEquals(base + 2, budget(Plans.base().windowDays(60).observations(List.of(
                Observation.ofWeek("calls", 1, 10), Observation.ofWeek("demos", 1, 10))), Plans.day(20)));
        assertEquals(base + 1, budget(Plans.base().windowDays(60).decisions(List.of(
                RecordedDecision.of(15, Decision.CONTINUE))), Plans.day(20)));
    }

    @Test
    void aDecisionOfRecordWidensTheReachOnlyOnceItIsMadeByAsOf() {
        PlanDocument.Builder late = Plans.base().windowDays(60).decisions(List.of(
                RecordedDecision.of(30, Decision.CONTINUE), RecordedDecision.of(300, Decision.EXTEND)));
        long made = budget(late, LATE);
        long notYet = budget(late, Plans.day(200));
        long withoutIt = budget(Plans.base().windowDays(60).decisions(List.of(
                RecordedDecision.of(30, Decision.CONTINUE))), Plans.day(200));
        long judged = 4;
        // as of day 200 the EXTEND of day 300 is not made: the reach ends 148 days in, as without it
        assertEquals(withoutIt + 1, notYet, "only the entry is read");
        // once made, the reach runs from day 300: (300 + 2 x 14 + 60) / 7 + 1 = 56 weeks instead of 22
        assertEquals(judged * ((300 + 2 * 14 + 60) / 7 + 1 - weeksWithinReach()), made - notYet);
        assertTrue(made > notYet);
    }
}
