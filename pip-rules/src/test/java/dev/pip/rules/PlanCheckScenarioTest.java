package dev.pip.rules;

import static dev.pip.rules.Scenarios.codes;
import static dev.pip.rules.Scenarios.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Approvals;
import dev.pip.core.Decision;
import dev.pip.core.Diagnosis;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.RootCause;
import dev.pip.core.Severity;
import dev.pip.core.Target;
import dev.pip.core.TargetKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The checks before a plan may become active (specification, section 2): ERRORs block, WARNINGs do not. */
class PlanCheckScenarioTest {

    private static Evaluation check(PlanDocument.Builder b) {
        return on(Plans.observed(b, 1, 13, w -> 15).build(), 30);
    }

    private static void assertBlockedBy(String code, PlanDocument.Builder b) {
        Evaluation e = check(b);
        assertEquals(Decision.NOT_ACTIVATABLE, e.decision(), code);
        assertEquals(List.of(code), e.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.code()).toList());
        assertTrue(e.timeline().isEmpty());
    }

    private static void assertWarnedOnly(String code, PlanDocument.Builder b) {
        Evaluation e = check(b);
        assertEquals(List.of(code), codes(e));
        assertEquals(Severity.WARNING, e.findings().get(0).severity());
        assertTrue(e.decision() != Decision.NOT_ACTIVATABLE, "a WARNING does not block");
    }

    private static Target behavioural(String id) {
        return Target.behavioural(id, Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build();
    }

    @Test
    void aCompletePlanHasNoFinding() {
        assertEquals(List.of(), codes(check(Plans.base())));
    }

    @Test
    void fewerThanThreeBehaviouralTargetsIsAnError() {
        assertBlockedBy("TOO_FEW_BEHAVIOURAL_TARGETS", Plans.base().targets(List.of(behavioural("a"), behavioural("b"))));
        assertBlockedBy("TOO_FEW_BEHAVIOURAL_TARGETS", Plans.base().targets(List.of()));
    }

    @Test
    void moreThanFiveBehaviouralTargetsIsAnError() {
        assertBlockedBy("TOO_MANY_BEHAVIOURAL_TARGETS", Plans.base().targets(List.of(behavioural("a"), behavioural("b"),
                behavioural("c"), behavioural("d"), behavioural("e"), behavioural("f"))));
        assertEquals(List.of(), codes(check(Plans.base().targets(List.of(behavioural("a"), behavioural("b"),
                behavioural("c"), behavioural("d"), behavioural("e"))))));
    }

    @Test
    void moreThanOneOutcomeTargetIsAnError() {
        PlanDocument.Builder b = Plans.base();
        assertBlockedBy("TOO_MANY_OUTCOME_TARGETS", b.targets(Plans.concat(b.build().targets(),
                List.of(Plans.outcome("revenue", 1, 2), Plans.outcome("deals", 1, 2)))));
    }

    @Test
    void aTargetWithoutBaselineGoalOrSourceIsAnError() {
        Target bare = new Target("calls", Optional.empty(), TargetKind.BEHAVIOURAL, Optional.empty(),
                OptionalDouble.empty(), OptionalDouble.of(15), Direction.AT_LEAST, Optional.of("CRM"), Judged.EVERY_WEEK,
                OptionalDouble.empty(), OptionalDouble.empty());
        PlanDocument.Builder b = Plans.base();
        assertBlockedBy("TARGET_WITHOUT_BASELINE", b.targets(Plans.replaceTarget(b, bare)));
        Target noGoal = new Target("outcome", Optional.empty(), TargetKind.OUTCOME, Optional.empty(),
                OptionalDouble.of(1), OptionalDouble.empty(), Direction.AT_LEAST, Optional.of("CRM"), Judged.EVERY_WEEK,
                OptionalDouble.empty(), OptionalDouble.empty());
        b = Plans.base();
        assertBlockedBy("TARGET_WITHOUT_GOAL", b.targets(Plans.concat(b.build().targets(), List.of(noGoal))));
        Target noSource = new Target("calls", Optional.empty(), TargetKind.BEHAVIOURAL, Optional.empty(),
                OptionalDouble.of(8), OptionalDouble.of(15), Direction.AT_LEAST, Optional.empty(), Judged.EVERY_WEEK,
                OptionalDouble.empty(), OptionalDouble.empty());
        b = Plans.base();
        assertBlockedBy("TARGET_WITHOUT_SOURCE", b.targets(Plans.replaceTarget(b, noSource)));
    }

    @Test
    void aGoalNotBetterThanItsBaselineIsAWarning() {
        PlanDocument.Builder b = Plans.base();
        assertWarnedOnly("GOAL_NOT_BETTER_THAN_BASELINE", b.targets(Plans.replaceTarget(b,
                Target.behavioural("calls", Direction.AT_LEAST).baseline(15).goal(15).source("CRM").build())));
        b = Plans.base();
        assertWarnedOnly("GOAL_NOT_BETTER_THAN_BASELINE", b.targets(Plans.replaceTarget(b,
                Target.behavioural("calls", Direction.AT_MOST).baseline(10).goal(12).source("CRM").build())));
    }

    @Test
    void aWindowOutsideThirtyToNinetyDaysIsAnError() {
        assertBlockedBy("WINDOW_OUT_OF_RANGE", Plans.base().windowDays(29).policy(Plans.overrides("gateDay", 29)));
        Evaluation tooLong = check(Plans.base().windowDays(91));
        assertEquals(Decision.NOT_ACTIVATABLE, tooLong.decision());
        assertEquals(List.of("WINDOW_OUT_OF_RANGE", "SLOW_WINDOW"), codes(tooLong));
    }

    @Test
    void aWindowEndingWithinSixDaysAfterTheGateIsAnError() {
        assertBlockedBy("NO_WEEK_AFTER_GATE", Plans.base().windowDays(31));
        assertBlockedBy("NO_WEEK_AFTER_GATE", Plans.base().windowDays(36));
        assertEquals(List.of(), codes(check(Plans.base().windowDays(37))));
        assertEquals(List.of(), codes(check(Plans.base().windowDays(30))));
    }

    @Test
    void aGateAfterTheEndOfTheWindowIsAnError() {
        // A plan's own policy cannot set it (a problem of the plan, as in a JSON document); the engine's can.
        PipEngine late = PipEngine.builder().policy(Policy.builder().gateDay(31).build()).build();
        Evaluation e = late.evaluate(Plans.observed(Plans.base().windowDays(30), 1, 13, w -> 15).build(),
                Plans.day(30));
        assertEquals(Decision.NOT_ACTIVATABLE, e.decision());
        assertEquals(List.of("GATE_AFTER_WINDOW"), e.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.code()).toList());
        assertThrows(InvalidPlanException.class,
                () -> Plans.base().windowDays(30).policy(Plans.overrides("gateDay", 31)).build());
    }

    @Test
    void aWindowAboveSixtyDaysIsAWarning() {
        assertWarnedOnly("SLOW_WINDOW", Plans.base().windowDays(61));
        assertWarnedOnly("SLOW_WINDOW", Plans.base().windowDays(90));
    }

    @Test
    void aSkillPlanWithoutResourcesIsAnError() {
        assertBlockedBy("SKILL_WITHOUT_RESOURCES", Plans.base().diagnosis(new Diagnosis(RootCause.SKILL,
                Optional.empty(), 3, true, false, false, 0, List.of(), false)));
    }

    @Test
    void anEffortPlanWithoutTheExpectationsConversationIsAnError() {
        assertBlockedBy("EFFORT_WITHOUT_EXPECTATIONS_CONVERSATION", Plans.base().diagnosis(new Diagnosis(
                RootCause.EFFORT, Optional.empty(), 3, true, false, false, 0, List.of(), false)));
        assertEquals(List.of(), codes(check(Plans.base().diagnosis(new Diagnosis(
                RootCause.EFFORT, Optional.empty(), 3, true, false, false, 0, List.of(), true)))));
    }

    @Test
    void aPlanWithoutSupportCommitmentIsAnError() {
        assertBlockedBy("NO_SUPPORT_COMMITMENT", Plans.base().support(List.of()).supportDelivered(List.of()));
    }

    @Test
    void checkInsLessOftenThanWeeklyAreAWarning() {
        assertWarnedOnly("CHECK_INS_LESS_THAN_WEEKLY", Plans.base().checkInsPerWeek(0.5));
        assertEquals(List.of(), codes(check(Plans.base().checkInsPerWeek(1))));
    }

    @Test
    void aRecommendationOtherThanPipIsAnError() {
        assertBlockedBy("RECOMMENDATION_NOT_PIP", Plans.base().diagnosis(new Diagnosis(RootCause.WIRING,
                Optional.empty(), 3, true, false, false, 0, List.of(), false)));
    }

    @Test
    void eachMissingApprovalIsAnError() {
        assertBlockedBy("MISSING_HR_REVIEW", Plans.base().approvals(new Approvals(false, true, true)));
        assertBlockedBy("MISSING_REP_SIGNATURE", Plans.base().approvals(new Approvals(true, false, true)));
        assertBlockedBy("MISSING_MANAGER_SIGNATURE", Plans.base().approvals(new Approvals(true, true, false)));
    }

    @Test
    void everyErrorIsReportedTogether() {
        Evaluation e = check(Plans.base().approvals(Approvals.none()).support(List.of()).supportDelivered(List.of())
                .targets(List.of()).observations(List.of()));
        assertEquals(List.of("MISSING_HR_REVIEW", "MISSING_MANAGER_SIGNATURE", "MISSING_REP_SIGNATURE",
                "NO_SUPPORT_COMMITMENT", "TOO_FEW_BEHAVIOURAL_TARGETS"), codes(e));
    }
}
