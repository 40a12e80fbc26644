package dev.pip.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Approvals;
import dev.pip.core.CheckIn;
import dev.pip.core.Decision;
import dev.pip.core.Diagnosis;
import dev.pip.core.Direction;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Recommendation;
import dev.pip.core.Rep;
import dev.pip.core.RootCause;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Scenario tests of the reference evaluator on a 60-day plan with three targets (baseline 8, goal 15). */
class ReferenceEvaluatorTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final ReferenceEvaluator REFERENCE = ReferenceEvaluator.withDefaultPolicy();

    /** A 60-day plan whose three targets (baseline 8, goal 15) hold {@code valueOfWeek} in weeks 1..{@code weeks}. */
    static PlanDocument.Builder plan(IntToDoubleFunction valueOfWeek, int weeks) {
        List<Observation> observations = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        List<SupportDelivery> delivered = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            for (String t : List.of("calls", "demos", "followups")) {
                observations.add(Observation.ofWeek(t, w, valueOfWeek.applyAsDouble(w)));
            }
            checkIns.add(new CheckIn(w, true, Optional.empty()));
            delivered.add(new SupportDelivery("COACHING", w, 1));
        }
        Diagnosis skill = new Diagnosis(RootCause.SKILL, Optional.empty(), 3, true, false, false, 0.1,
                List.of("framework"), false);
        return PlanDocument.builder("PIP-R", Rep.of("rep-1"), START, skill)
                .targets(List.of(Target.behavioural("calls", Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build(),
                        Target.behavioural("demos", Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build(),
                        Target.behavioural("followups", Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build()))
                .support(List.of(new SupportCommitment("COACHING", 1)))
                .approvals(Approvals.all())
                .observations(observations).checkIns(checkIns).supportDelivered(delivered);
    }

    private static LocalDate day(int day) {
        return START.plusDays(day - 1L);
    }

    private static List<Decision> decisions(ReferenceEvaluation r) {
        return r.timeline().stream().map(TimelineEntry::decision).toList();
    }

    @Test
    void pendingWithAnEmptyTimelineBeforeTheGate() {
        ReferenceEvaluation r = REFERENCE.evaluate(plan(w -> 15, 30).build(), day(29));
        assertEquals(Decision.PENDING, r.decision());
        assertTrue(r.timeline().isEmpty());
    }

    @Test
    void strongPlanContinuesPassesAndClosesAfterMonitoringWithDaysAndDates() {
        ReferenceEvaluation r = REFERENCE.evaluate(plan(w -> 15, 20).build(), day(120));
        assertEquals(List.of(new TimelineEntry(Decision.CONTINUE, 30, day(30)),
                new TimelineEntry(Decision.PASS, 60, day(60)), new TimelineEntry(Decision.CLOSED, 120, day(120))),
                r.timeline());
        assertFalse(r.humanReviewRequired());
    }

    @Test
    void gateExitsWhenOneWeekMissesAndCarriesHumanReview() {
        ReferenceEvaluation r = REFERENCE.evaluate(plan(w -> w == 3 ? 14 : 15, 10).build(), day(40));
        assertEquals(List.of(Decision.EXIT), decisions(r));
        assertTrue(r.humanReviewRequired());
    }

    @Test
    void twoMissedCheckInsTurnTheExitIntoHrReview() {
        PlanDocument p = plan(w -> w == 3 ? 14 : 15, 10).build();
        List<CheckIn> fewer = p.checkIns().stream().filter(c -> c.week() != 1 && c.week() != 2).toList();
        ReferenceEvaluation r = REFERENCE.evaluate(p.toBuilder().checkIns(fewer).build(), day(30));
        assertEquals(List.of(Decision.HR_REVIEW), decisions(r));
    }

    @Test
    void meaningfulImprovementAfterTheGateExtendsThenPasses() {
        ReferenceEvaluation r = REFERENCE.evaluate(plan(w -> w >= 5 && w <= 8 ? 12 : 15, 12).build(), day(74));
        assertEquals(List.of(Decision.CONTINUE, Decision.EXTEND, Decision.PASS), decisions(r));
        assertEquals(74, r.timeline().get(2).day());
    }

    @Test
    void aMissingJudgedWeekIsInsufficientDataNeverZero() {
        PlanDocument p = plan(w -> 15, 10).build();
        List<Observation> gap = p.observations().stream()
                .filter(o -> !(o.metric().equals("demos") && o.week().getAsInt() == 2)).toList();
        ReferenceEvaluation r = REFERENCE.evaluate(p.toBuilder().observations(gap).build(), day(30));
        assertEquals(List.of(Decision.INSUFFICIENT_DATA), decisions(r));
    }

    @Test
    void twoMissedMonitoringWeeksAreARegressionOnTheDayTheSecondEnds() {
        ReferenceEvaluation r = REFERENCE.evaluate(plan(w -> w == 11 || w == 12 ? 10 : 15, 20).build(), day(100));
        assertEquals(List.of(Decision.CONTINUE, Decision.PASS, Decision.REGRESSION), decisions(r));
        assertEquals(84, r.timeline().get(2).day());
    }

    @Test
    void aRecommendationOtherThanPipIsNotActivatable() {
        PlanDocument p = plan(w -> 15, 10).build();
        PlanDocument environment = p.toBuilder().diagnosis(Diagnosis.of(RootCause.ENVIRONMENT)).build();
        ReferenceEvaluation r = REFERENCE.evaluate(environment, day(40));
        assertEquals(Recommendation.FIX_ENVIRONMENT, r.recommendation());
        assertEquals(Decision.NOT_ACTIVATABLE, r.decision());
        assertTrue(r.timeline().isEmpty());
    }

    @Test
    void theJavadocExampleRuns() {
        PlanDocument plan = plan(w -> 15, 5).build();
        // The example of ReferenceEvaluator's Javadoc, as written there.
        ReferenceEvaluator reference = ReferenceEvaluator.withDefaultPolicy();
        ReferenceEvaluation r = reference.evaluate(plan, LocalDate.of(2026, 10, 6));
        assertEquals(List.of(new TimelineEntry(Decision.CONTINUE, 30, LocalDate.of(2026, 10, 6))), r.timeline());
    }
}
