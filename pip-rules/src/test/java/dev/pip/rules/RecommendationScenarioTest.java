package dev.pip.rules;

import static dev.pip.rules.Scenarios.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Diagnosis;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.Recommendation;
import dev.pip.core.Rep;
import dev.pip.core.RootCause;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each recommendation of specification, section 1 and its precedence, on whole plans. */
class RecommendationScenarioTest {

    private static Diagnosis diagnosis(RootCause cause, double months, boolean coached, boolean suddenDrop,
            boolean regressed, double teamShare) {
        return new Diagnosis(cause, Optional.empty(), months, coached, suddenDrop, regressed, teamShare,
                List.of("framework"), true);
    }

    private static Evaluation evaluate(Diagnosis d, Optional<LocalDate> hireDate) {
        PlanDocument plan = Plans.observed(Plans.base(), 1, 4, w -> 15).diagnosis(d)
                .rep(new Rep("rep-1", Optional.empty(), hireDate, Optional.empty())).build();
        return on(plan, 30);
    }

    private static Evaluation evaluate(Diagnosis d) {
        return evaluate(d, Optional.empty());
    }

    private static List<String> rules(Evaluation e) {
        return e.reasons().stream().filter(r -> r.evidence().containsKey("recommendation")).map(Reason::rule).toList();
    }

    @Test
    void skillGapWithNothingElseApplyingIsAPip() {
        Evaluation e = evaluate(diagnosis(RootCause.SKILL, 3, true, false, false, 0.1));
        assertEquals(Recommendation.PIP, e.recommendation());
        assertEquals(List.of("Skill or effort gap"), rules(e));
        assertEquals(Decision.CONTINUE, e.decision());
    }

    @Test
    void effortGapWithNothingElseApplyingIsAPip() {
        assertEquals(Recommendation.PIP, evaluate(diagnosis(RootCause.EFFORT, 3, true, false, false, 0)).recommendation());
    }

    @Test
    void repInRampGetsOnboardingSupportOverEverythingElse() {
        Evaluation e = evaluate(diagnosis(RootCause.ENVIRONMENT, 1, false, true, true, 0.9),
                Optional.of(Plans.START.minusMonths(6).plusDays(1)));
        assertEquals(Recommendation.ONBOARDING_SUPPORT, e.recommendation());
        assertTrue(rules(e).containsAll(List.of("Rep in ramp on the start date", "Team-wide shortfall",
                "Environment root cause", "Regressed after an earlier PIP", "Sudden drop of a consistent performer",
                "Underperforming too briefly for a PIP", "No coaching tried yet")), "every reason that applied: " + rules(e));
        assertEquals(Decision.NOT_ACTIVATABLE, e.decision());
        assertEquals(1, Scenarios.findings(e, "RECOMMENDATION_NOT_PIP").size());
    }

    @Test
    void rampEndsRampMonthsAfterTheHireDate() {
        Evaluation e = evaluate(diagnosis(RootCause.SKILL, 3, true, false, false, 0),
                Optional.of(Plans.START.minusMonths(6)));
        assertEquals(Recommendation.PIP, e.recommendation());
    }

    @Test
    void teamWideShortfallBeatsTheEnvironment() {
        Evaluation e = evaluate(diagnosis(RootCause.ENVIRONMENT, 3, true, false, false, 0.5));
        assertEquals(Recommendation.FIX_THE_SYSTEM, e.recommendation());
        assertEquals(List.of("Team-wide shortfall", "Environment root cause"), rules(e),
                "every reason that applied, the deciding one first");
    }

    @Test
    void environmentRootCauseBeatsARegressedEarlierPip() {
        assertEquals(Recommendation.FIX_ENVIRONMENT,
                evaluate(diagnosis(RootCause.ENVIRONMENT, 3, true, false, true, 0.49)).recommendation());
    }

    @Test
    void wiringRootCauseBeatsASuddenDrop() {
        assertEquals(Recommendation.ROLE_CHANGE,
                evaluate(diagnosis(RootCause.WIRING, 3, true, true, false, 0)).recommendation());
    }

    @Test
    void regressedEarlierPipIsReDiagnosedNeverASecondPip() {
        Evaluation e = evaluate(diagnosis(RootCause.SKILL, 3, true, true, true, 0));
        assertEquals(Recommendation.RE_DIAGNOSE, e.recommendation());
        assertEquals(Decision.NOT_ACTIVATABLE, e.decision());
    }

    @Test
    void suddenDropBeatsCoachingFirst() {
        assertEquals(Recommendation.DIRECT_CONVERSATION,
                evaluate(diagnosis(RootCause.SKILL, 1, false, true, false, 0)).recommendation());
    }

    @Test
    void tooBriefAnUnderperformanceIsCoachedFirst() {
        Evaluation e = evaluate(diagnosis(RootCause.SKILL, 1.9, true, false, false, 0));
        assertEquals(Recommendation.COACH_FIRST, e.recommendation());
        assertEquals(Recommendation.PIP, evaluate(diagnosis(RootCause.SKILL, 2, true, false, false, 0)).recommendation());
    }

    @Test
    void noCoachingTriedIsCoachedFirstWithBothReasonsWhenBothApply() {
        assertEquals(Recommendation.COACH_FIRST,
                evaluate(diagnosis(RootCause.EFFORT, 5, false, false, false, 0)).recommendation());
        Evaluation both = evaluate(diagnosis(RootCause.EFFORT, 1, false, false, false, 0));
        assertEquals(Recommendation.COACH_FIRST, both.recommendation());
        assertEquals(List.of("No coaching tried yet", "Underperforming too briefly for a PIP", "Skill or effort gap"),
                rules(both));
    }
}
