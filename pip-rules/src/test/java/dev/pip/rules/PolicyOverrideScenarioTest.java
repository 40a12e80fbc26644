package dev.pip.rules;

import static dev.pip.rules.Scenarios.on;
import static dev.pip.rules.Scenarios.timeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pip.core.CheckIn;
import dev.pip.core.Diagnosis;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Recommendation;
import dev.pip.core.Rep;
import dev.pip.core.RootCause;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plan's own policy overrides the engine's, one parameter at a time (specification, section 10). */
class PolicyOverrideScenarioTest {

    private static PlanDocument.Builder improving() {
        return Plans.observed(Plans.base(), 1, 30, w -> w <= 4 ? 15 : w <= 8 ? 12 : 15);
    }

    private static Evaluation with(PlanDocument.Builder b, PolicyOverrides policy, int day) {
        return on(b.policy(policy).build(), day);
    }

    @Test
    void theEvaluationCarriesThePolicyInForceAndItsFingerprint() {
        Evaluation own = with(improving(), Plans.overrides("gateDay", 28), 60);
        Evaluation defaults = on(improving().build(), 60);
        assertEquals(28, own.policy().gateDay());
        assertEquals(30, defaults.policy().gateDay());
        assertNotEquals(own.ruleSet().fingerprint(), defaults.ruleSet().fingerprint());
        assertEquals(Scenarios.ENGINE.ruleSet(), defaults.ruleSet());
    }

    @Test
    void gateDay() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 8, w -> 15);
        b.observations(Plans.override(b, "calls", 3, 4, w -> 0));
        assertEquals(List.of("EXIT@21"), timeline(with(b, Plans.overrides("gateDay", 21), 60)));
        assertEquals(List.of("CONTINUE@14", "EXIT@60"), timeline(with(b, Plans.overrides("gateDay", 14), 60)),
                "weeks 3-8 are judged at the end: mean 10 closes 2/7 of the gap");
    }

    @Test
    void extensionDays() {
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "PASS@81"),
                timeline(with(improving(), Plans.overrides("extensionDays", 21), 81)));
    }

    @Test
    void maxExtensions() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 30, w -> w <= 4 ? 15 : w <= 10 ? 12 : 15);
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "EXTEND@74", "PASS@88"),
                timeline(with(b, Plans.overrides("maxExtensions", 2), 100)));
        assertEquals(List.of("CONTINUE@30", "EXIT@60"), timeline(with(improving(), Plans.overrides("maxExtensions", 0), 100)));
    }

    @Test
    void monitoringDays() {
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "PASS@74", "CLOSED@164"),
                timeline(with(improving(), Plans.overrides("monitoringDays", 90), 200)));
    }

    @Test
    void improvementShare() {
        assertEquals(List.of("CONTINUE@30", "EXIT@60"),
                timeline(with(improving(), Plans.overrides("improvementShare", 0.6), 100)), "12 closes 4/7 < 0.6");
    }

    @Test
    void regressionWeeks() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 17, w -> 16);
        b.observations(Plans.override(b, "calls", 10, 11, w -> 1));
        assertEquals(List.of("CONTINUE@30", "PASS@60", "CLOSED@120"),
                timeline(with(b, Plans.overrides("regressionWeeks", 3), 120)));
        b.observations(Plans.override(b, "calls", 12, 12, w -> 1));
        assertEquals(List.of("CONTINUE@30", "PASS@60", "REGRESSION@84"),
                timeline(with(b, Plans.overrides("regressionWeeks", 3), 120)));
    }

    @Test
    void supportDeliveredShareAndMissedCheckInsForReview() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 9).supportDelivered(Plans.deliveries(1, 3))
                .checkIns(List.of(new CheckIn(1, true, Optional.empty()), new CheckIn(2, true, Optional.empty())));
        assertEquals(List.of("HR_REVIEW@30"), timeline(on(b.build(), 30)));
        assertEquals(List.of("EXIT@30"), timeline(with(b, Plans.overrides("supportDeliveredShare", 0.75,
                "missedCheckInsForReview", 3), 30)));
    }

    @Test
    void recommendationParameters() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 15)
                .rep(new Rep("rep-1", Optional.empty(), Optional.of(Plans.START.minusMonths(7)), Optional.empty()));
        assertEquals(Recommendation.PIP, on(b.build(), 30).recommendation());
        assertEquals(Recommendation.ONBOARDING_SUPPORT, with(b, Plans.overrides("rampMonths", 8), 30).recommendation());
        b.policy(PolicyOverrides.none()).diagnosis(new Diagnosis(RootCause.SKILL, Optional.empty(), 3, true, false,
                false, 0.3, List.of("framework"), false));
        assertEquals(Recommendation.FIX_THE_SYSTEM, with(b, Plans.overrides("teamWideShare", 0.3), 30).recommendation());
        assertEquals(Recommendation.COACH_FIRST,
                with(b, Plans.overrides("minMonthsUnderperforming", 4), 30).recommendation());
    }
}
