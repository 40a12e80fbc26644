package dev.pip.examples.reference;

import static dev.pip.core.Decision.CLOSED;
import static dev.pip.core.Decision.CONTINUE;
import static dev.pip.core.Decision.EXIT;
import static dev.pip.core.Decision.EXTEND;
import static dev.pip.core.Decision.HR_REVIEW;
import static dev.pip.core.Decision.INSUFFICIENT_DATA;
import static dev.pip.core.Decision.PASS;
import static dev.pip.core.Decision.REGRESSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Approvals;
import dev.pip.core.CheckIn;
import dev.pip.core.Decision;
import dev.pip.core.PlanDocument;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.RecordedDecision;
import dev.pip.core.Target;
import dev.pip.core.TimelineEntry;
import dev.pip.examples.reference.ReferenceEvaluation.Difference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The reference evaluator follows decisions of record (specification, section 11). */
class ReferenceRecordsTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final ReferenceEvaluator REFERENCE = ReferenceEvaluator.withDefaultPolicy();

    private static LocalDate day(int day) {
        return START.plusDays(day - 1L);
    }

    private static TimelineEntry rules(Decision d, int day) {
        return new TimelineEntry(d, day, day(day));
    }

    private static TimelineEntry recorded(Decision d, int day, String by) {
        return new TimelineEntry(d, day, day(day), true, Optional.ofNullable(by));
    }

    private static ReferenceEvaluation evaluate(IntToDoubleFunction weeks, int asOf, RecordedDecision... records) {
        return REFERENCE.evaluate(ReferenceEvaluatorTest.plan(weeks, 30).decisions(List.of(records)).build(),
                day(asOf));
    }

    /** Met at the gate, then 10 in weeks 5-8 (2 of 7 gap closed: the rules EXIT at 60), then met again. */
    private static double exitAtTheEnd(int week) {
        return week >= 5 && week <= 8 ? 10 : 15;
    }

    @Test
    void hrReviewsAnExitIntoAnExtensionAndTheRulesJudgeTheExtension() {
        ReferenceEvaluation r = evaluate(ReferenceRecordsTest::exitAtTheEnd, 80,
                RecordedDecision.by("mgr-3", 30, CONTINUE), RecordedDecision.by("hr-4", 60, EXTEND));

        assertEquals(List.of(recorded(CONTINUE, 30, "mgr-3"), recorded(EXTEND, 60, "hr-4"), rules(PASS, 74)),
                r.timeline());
        assertEquals(List.of(new Difference(RecordedDecision.by("hr-4", 60, EXTEND), EXIT, 60)), r.differences());
        assertEquals(PASS, r.decision());
        assertFalse(r.humanReviewRequired());
    }

    @Test
    void theRulesExitWithoutTheRecordAndThenNeedAHuman() {
        ReferenceEvaluation r = evaluate(ReferenceRecordsTest::exitAtTheEnd, 80, RecordedDecision.of(30, CONTINUE));

        assertEquals(List.of(recorded(CONTINUE, 30, null), rules(EXIT, 60)), r.timeline());
        assertTrue(r.differences().isEmpty());
        assertTrue(r.humanReviewRequired());
    }

    @Test
    void aGateHeldLateIsFollowedAndTheFinalDecisionJudgesOnlyTheWeeksAfterIt() {
        // Week 5 (days 29-35) misses; the gate held on day 36 leaves it out of the final decision.
        ReferenceEvaluation r = evaluate(w -> w == 5 ? 9 : 15, 65, RecordedDecision.by("mgr-3", 36, CONTINUE));

        assertEquals(List.of(recorded(CONTINUE, 36, "mgr-3"), rules(PASS, 60)), r.timeline());
        assertEquals(List.of(new Difference(RecordedDecision.by("mgr-3", 36, CONTINUE), CONTINUE, 30)),
                r.differences());
    }

    @Test
    void aRecordBeforeItsDecisionPointStandsAndDiffersOnlyOnceThePointIsReached() {
        RecordedDecision early = RecordedDecision.of(20, EXIT);

        ReferenceEvaluation before = evaluate(w -> 15, 25, early);
        assertEquals(List.of(recorded(EXIT, 20, null)), before.timeline());
        assertTrue(before.differences().isEmpty());
        assertFalse(before.humanReviewRequired(), "a person decided the EXIT already");

        ReferenceEvaluation after = evaluate(w -> 15, 45, early);
        assertEquals(List.of(recorded(EXIT, 20, null)), after.timeline());
        assertEquals(List.of(new Difference(early, CONTINUE, 30)), after.differences());
    }

    @Test
    void aRecordAfterAsOfIsIgnored() {
        ReferenceEvaluation r = evaluate(ReferenceRecordsTest::exitAtTheEnd, 59,
                RecordedDecision.of(30, CONTINUE), RecordedDecision.of(60, EXTEND));

        assertEquals(List.of(recorded(CONTINUE, 30, null)), r.timeline());
        assertEquals(CONTINUE, r.decision());
    }

    @Test
    void aRecordedExitWhereTheGuardsWouldReviewStandsWithADifference() {
        PlanDocument p = ReferenceEvaluatorTest.plan(w -> w == 3 ? 14 : 15, 10).build();
        List<CheckIn> fewer = p.checkIns().stream().filter(c -> c.week() > 2).toList();
        PlanDocument plan = p.toBuilder().checkIns(fewer).decisions(List.of(RecordedDecision.of(30, EXIT))).build();

        ReferenceEvaluation r = REFERENCE.evaluate(plan, day(40));

        assertEquals(List.of(recorded(EXIT, 30, null)), r.timeline());
        assertEquals(List.of(new Difference(RecordedDecision.of(30, EXIT), HR_REVIEW, 30)), r.differences());
        assertFalse(r.humanReviewRequired());
        assertEquals(List.of(rules(HR_REVIEW, 30)), REFERENCE.evaluate(p.toBuilder().checkIns(fewer).build(),
                day(40)).timeline(), "without the record the guard turns the rules' EXIT into HR_REVIEW");
    }

    @Test
    void anExtensionBeyondThePolicyCountsAndTheRulesThenPassOrExit() {
        // Improving (12: 4 of 7) in weeks 5-12: the rules extend once, then exit after the extension.
        IntToDoubleFunction improving = w -> w >= 5 && w <= 12 ? 12 : 15;
        ReferenceEvaluation r = evaluate(improving, 100, RecordedDecision.of(30, CONTINUE),
                RecordedDecision.of(60, EXTEND), RecordedDecision.of(74, EXTEND));

        assertEquals(List.of(recorded(CONTINUE, 30, null), recorded(EXTEND, 60, null), recorded(EXTEND, 74, null),
                rules(EXIT, 88)), r.timeline());
        assertEquals(List.of(new Difference(RecordedDecision.of(74, EXTEND), EXIT, 74)), r.differences());
    }

    @Test
    void aGoalInExtensionAppliesAfterARecordedExtend() {
        PlanDocument base = ReferenceEvaluatorTest.plan(w -> w >= 9 ? 12 : w >= 5 ? 10 : 15, 12).build();
        PlanDocument lower = base.toBuilder().targets(base.targets().stream()
                        .map(t -> new Target(t.id(), t.name(), t.kind(), t.unit(), t.baseline(), t.goal(),
                                t.direction(), t.source(), t.judged(), t.goalAfterGate(),
                                OptionalDouble.of(12)))
                        .toList())
                .decisions(List.of(RecordedDecision.of(30, CONTINUE), RecordedDecision.of(60, EXTEND))).build();

        assertEquals(PASS, REFERENCE.evaluate(lower, day(74)).decision());
        assertEquals(EXIT, REFERENCE.evaluate(lower.toBuilder().targets(base.targets()).build(), day(74))
                .decision(), "12 misses the goal of 15 the EXTEND concluded");
    }

    @Test
    void whereTheGateIsFinalARecordedContinueIsFollowedByTheFinalDecision() {
        PlanDocument plan = ReferenceEvaluatorTest.plan(w -> w <= 3 ? 9 : 15, 10).windowDays(30)
                .decisions(List.of(RecordedDecision.of(23, CONTINUE))).build();

        ReferenceEvaluation r = REFERENCE.evaluate(plan, day(31));

        assertEquals(List.of(recorded(CONTINUE, 23, null), rules(PASS, 30)), r.timeline());
        assertEquals(List.of(new Difference(RecordedDecision.of(23, CONTINUE), EXIT, 30)), r.differences());
    }

    @Test
    void monitoringAnsweredByARecordedCloseDiffersFromTheRulesRegression() {
        IntToDoubleFunction regressing = w -> w == 11 || w == 12 ? 10 : 15;
        ReferenceEvaluation r = evaluate(regressing, 125, RecordedDecision.of(30, CONTINUE),
                RecordedDecision.of(60, PASS), RecordedDecision.of(120, CLOSED));

        assertEquals(3, r.timeline().size());
        assertEquals(List.of(new Difference(RecordedDecision.of(120, CLOSED), REGRESSION, 84)), r.differences());

        ReferenceEvaluation agreeing = evaluate(regressing, 125, RecordedDecision.of(30, CONTINUE),
                RecordedDecision.of(60, PASS), RecordedDecision.of(84, REGRESSION));
        assertTrue(agreeing.differences().isEmpty());
    }

    @Test
    void recordingTheRulesOwnDecisionsChangesOnlyWhoDecided() {
        IntToDoubleFunction regressing = w -> w == 11 || w == 12 ? 10 : 15;
        ReferenceEvaluation own = evaluate(regressing, 100);
        ReferenceEvaluation recorded = evaluate(regressing, 100, RecordedDecision.of(30, CONTINUE),
                RecordedDecision.of(60, PASS));

        assertEquals(List.of(CONTINUE, PASS, REGRESSION), recorded.timeline().stream()
                .map(TimelineEntry::decision).toList());
        assertEquals(own.timeline().stream().map(t -> t.day()).toList(),
                recorded.timeline().stream().map(t -> t.day()).toList());
        assertEquals(List.of(true, true, false), recorded.timeline().stream().map(TimelineEntry::recorded).toList());
        assertTrue(recorded.differences().isEmpty());
    }

    @Test
    void missingDataAfterARecordIsInsufficientDataAndDiffersFromAnyRecord() {
        PlanDocument p = ReferenceEvaluatorTest.plan(w -> 15, 10).build();
        PlanDocument gap = p.toBuilder().observations(p.observations().stream()
                        .filter(o -> o.week().getAsInt() != 2).toList())
                .decisions(List.of(RecordedDecision.of(30, CONTINUE))).build();

        ReferenceEvaluation r = REFERENCE.evaluate(gap, day(61));

        assertEquals(List.of(recorded(CONTINUE, 30, null), rules(PASS, 60)), r.timeline());
        assertEquals(List.of(new Difference(RecordedDecision.of(30, CONTINUE), INSUFFICIENT_DATA, 30)),
                r.differences());
    }

    @Test
    void aPlanThatCannotBeActivatedIgnoresItsRecords() {
        PlanDocument plan = ReferenceEvaluatorTest.plan(w -> 15, 10).approvals(Approvals.none())
                .decisions(List.of(RecordedDecision.of(30, CONTINUE))).build();

        ReferenceEvaluation r = REFERENCE.evaluate(plan, day(40));

        assertEquals(Decision.NOT_ACTIVATABLE, r.decision());
        assertTrue(r.timeline().isEmpty());
        assertTrue(r.differences().isEmpty());
    }

    @Test
    void aFirstRecordedExtendAnswersTheGateAndOpensAnExtensionFromItsDay() {
        PlanDocument plan = ReferenceEvaluatorTest.plan(w -> 15, 10)
                .policy(new PolicyOverrides(OptionalInt.empty(), OptionalInt.of(21), OptionalInt.empty(),
                        OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(),
                        OptionalDouble.empty(), OptionalInt.empty()))
                .decisions(List.of(RecordedDecision.of(30, EXTEND))).build();

        ReferenceEvaluation r = REFERENCE.evaluate(plan, day(60));

        assertEquals(List.of(recorded(EXTEND, 30, null), rules(PASS, 51)), r.timeline());
        assertEquals(List.of(new Difference(RecordedDecision.of(30, EXTEND), CONTINUE, 30)), r.differences());
    }
}
