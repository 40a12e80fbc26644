package dev.pip.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.RecordedDecision;
import dev.pip.core.Severity;
import dev.pip.core.TimelineEntry;
import dev.pip.core.WeekStatus;
import dev.pip.examples.reference.ReferenceEvaluation;
import dev.pip.examples.reference.ReferenceEvaluation.Difference;
import dev.pip.examples.reference.ReferenceEvaluator;
import dev.pip.rules.PipEngine;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample stories of decisions people recorded (specification, section 11), as of the demo
 * date: what the timeline shows, who decided what, and which record the rules decide differently.
 * Each story is checked on the engine and on the reference evaluator.
 */
class RecordSamplesTest {
    private static final String HR_EXTENDS = "18-hr-reviews-exit-into-extension.json";
    private static final String LATE_GATE = "19-gate-held-late.json";
    private static PipEngine engine;

    @BeforeAll
    static void build() {
        engine = PipEngine.withDefaultRules();
    }

    private static TimelineEntry entry(PlanDocument plan, Decision d, int day, boolean recorded, String by) {
        return new TimelineEntry(d, day, plan.startDate().plusDays(day - 1L), recorded, Optional.ofNullable(by));
    }

    private static List<TimelineEntry> hrExtendsTimeline(PlanDocument plan) {
        return List.of(entry(plan, Decision.CONTINUE, 30, true, "mgr-3"), entry(plan, Decision.EXTEND, 60, true, "hr-4"),
                entry(plan, Decision.PASS, 74, false, null));
    }

    private static List<TimelineEntry> lateGateTimeline(PlanDocument plan) {
        return List.of(entry(plan, Decision.CONTINUE, 35, true, "mgr-8"), entry(plan, Decision.PASS, 60, false, null));
    }

    private static Finding onlyDifference(Evaluation e) {
        List<Finding> differences = e.findings().stream().filter(f -> f.code().equals("RECORD_DIFFERS_FROM_RULES"))
                .toList();
        assertEquals(1, differences.size(), () -> "findings: " + e.findings());
        assertEquals(Severity.WARNING, differences.get(0).severity());
        return differences.get(0);
    }

    @Test
    void hrReviewsTheExitIntoAnExtensionAndTheRulesPassTheExtension() {
        PlanDocument plan = SamplePlans.read(HR_EXTENDS);
        Evaluation e = engine.evaluate(plan, SamplePlans.DEMO_AS_OF);

        assertEquals(hrExtendsTimeline(plan), e.timeline());
        assertEquals(Decision.PASS, e.decision());
        assertFalse(e.humanReviewRequired());
        Finding f = onlyDifference(e);
        assertTrue(f.message().contains("EXTEND") && f.message().contains("EXIT") && f.message().contains("60"),
                f.message());
    }

    @Test
    void withoutTheHrRecordTheRulesExitOnDay60AndAskForAReview() {
        PlanDocument plan = SamplePlans.read(HR_EXTENDS);
        PlanDocument gateOnly = plan.toBuilder().decisions(plan.decisions().subList(0, 1)).build();
        Evaluation e = engine.evaluate(gateOnly, SamplePlans.DEMO_AS_OF);

        assertEquals(List.of(entry(plan, Decision.CONTINUE, 30, true, "mgr-3"),
                entry(plan, Decision.EXIT, 60, false, null)), e.timeline());
        assertTrue(e.humanReviewRequired());
    }

    @Test
    void aGateHeldLateIsFollowedAndTheDifferenceInDaysNamed() {
        PlanDocument plan = SamplePlans.read(LATE_GATE);
        Evaluation e = engine.evaluate(plan, SamplePlans.DEMO_AS_OF);

        assertEquals(lateGateTimeline(plan), e.timeline());
        Finding f = onlyDifference(e);
        assertTrue(f.message().contains("35") && f.message().contains("30"), f.message());
        int weeksEnded = Math.floorDiv((int) ChronoUnit.DAYS.between(plan.startDate(), SamplePlans.DEMO_AS_OF) + 1, 7);
        assertEquals(IntStream.rangeClosed(1, weeksEnded).boxed().toList(),
                e.weeks().stream().map(WeekStatus::week).toList(),
                "week 5 (days 29-35), between the gate's due day and the record, is in the weekly checkpoint");
    }

    @Test
    void theReferenceTellsBothStoriesAlike() {
        ReferenceEvaluator reference = ReferenceEvaluator.withDefaultPolicy();
        PlanDocument hr = SamplePlans.read(HR_EXTENDS);
        ReferenceEvaluation r = reference.evaluate(hr, SamplePlans.DEMO_AS_OF);
        assertEquals(hrExtendsTimeline(hr), r.timeline());
        assertEquals(List.of(new Difference(hr.decisions().get(1), Decision.EXIT, 60)), r.differences());

        PlanDocument late = SamplePlans.read(LATE_GATE);
        ReferenceEvaluation l = reference.evaluate(late, SamplePlans.DEMO_AS_OF);
        assertEquals(lateGateTimeline(late), l.timeline());
        assertEquals(List.of(new Difference(late.decisions().get(0), Decision.CONTINUE, 30)), l.differences());
        assertEquals(RecordedDecision.by("mgr-8", 35, Decision.CONTINUE).day(), late.decisions().get(0).day());
    }

    @Test
    void theRulesReasonForADecisionPointAPersonDecidedOtherwiseNoLongerReadsAsDeciding() {
        Evaluation e = engine.evaluate(SamplePlans.read(HR_EXTENDS), LocalDate.of(2026, 12, 20));
        Map<String, Reason.Standing> standing = new HashMap<>();
        e.reasons().forEach(r -> standing.put(r.rule(), r.standing()));
        // day 60: the rules said EXIT, HR recorded EXTEND; day 74: the rules' own PASS
        assertEquals(Reason.Standing.SUPPORTING, standing.get("No meaningful improvement at the end"));
        assertEquals(Reason.Standing.DECIDING, standing.get("Every behavioural target met at the end"));
        // day 30: the recorded CONTINUE is the rules' own decision on the same day, so their reason still decides
        assertEquals(Reason.Standing.DECIDING, standing.get("Gate passed"));
    }
}
