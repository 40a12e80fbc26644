package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.PlanDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edited rule set that breaks the contract of every rule set fails loudly on evaluation, never answers wrongly. */
class RuleContractTest {
    private static final String HEAD = """
            package dev.pip.rules.contract;

            import dev.pip.core.Decision;
            import dev.pip.rules.facts.Reached;
            """;

    @TempDir
    Path dir;

    private static PlanDocument gatePassedPlan() {
        // Every week at goal: the gate on day 30 passes.
        PlanDocument.Builder b = Plans.base();
        return b.observations(Plans.weekly(b, 1, 8, w -> 15)).build();
    }

    private PipEngine withExtraRule(String rule) throws IOException {
        Path file = dir.resolve("extra.drl");
        Files.writeString(file, HEAD + rule);
        return PipEngine.builder().addRules(file).build();
    }

    @Test
    void deletedGateRulesLeaveTheGateUndecidedAndAreReported() throws IOException {
        Path rules = dir.resolve("rules");
        BundledRules.exportTo(rules);
        Files.delete(rules.resolve("gate.drl"));
        PipEngine engine = PipEngine.builder().rules(rules).build();
        RuleContractException e = assertThrows(RuleContractException.class,
                () -> engine.evaluate(gatePassedPlan(), Plans.day(45)));
        assertTrue(e.broken().get(0).contains("the decision due on day 30 (the first decision) was not made"),
                e.getMessage());
        assertEquals(Plans.base().build().planId(), e.planId());
    }

    @Test
    void aSecondDecisionOnTheSameDayIsReported() throws IOException {
        PipEngine engine = withExtraRule("""
                rule "Review every continue as well"
                when
                    Reached(decision == Decision.CONTINUE, $d : day, $w : window)
                then
                    insertLogical(new Reached($w, Decision.HR_REVIEW, $d, false, java.util.Optional.empty()));
                end
                """);
        RuleContractException e = assertThrows(RuleContractException.class,
                () -> engine.evaluate(gatePassedPlan(), Plans.day(31)));
        assertTrue(e.getMessage().contains("two decisions on day 30"), e.getMessage());
    }

    @Test
    void aDecisionAfterOneThatEndsTheTimelineIsReported() throws IOException {
        PipEngine engine = withExtraRule("""
                rule "Exit, then pass a week later"
                when
                    Reached(decision == Decision.CONTINUE, $d : day, $w : window)
                then
                    insertLogical(new Reached($w, Decision.EXIT, $d + 1, false, java.util.Optional.empty()));
                    insertLogical(new Reached($w, Decision.PASS, $d + 8, false, java.util.Optional.empty()));
                end
                """);
        RuleContractException e = assertThrows(RuleContractException.class,
                () -> engine.evaluate(gatePassedPlan(), Plans.day(40)));
        assertTrue(e.getMessage().contains("PASS on day 38 after EXIT on day 31, which ends the timeline"),
                e.getMessage());
        assertTrue(e.getMessage().contains("EXIT on day 31 after CONTINUE on day 30: the time model has the decision"
                + " on day 60"), e.getMessage());
    }

    @Test
    void aRuleSetWithoutItsRecommendationRulesIsReported() throws IOException {
        Path rules = dir.resolve("rules");
        BundledRules.exportTo(rules);
        Files.delete(rules.resolve("recommendation.drl"));
        PipEngine engine = PipEngine.builder().rules(rules).build();
        RuleContractException e = assertThrows(RuleContractException.class,
                () -> engine.evaluate(gatePassedPlan(), Plans.day(45)));
        assertTrue(e.getMessage().contains("exactly one recommendation, produced none"), e.getMessage());
    }

    @Test
    void theBundledRulesKeepTheContractOnEveryDayOfAPlansLife() {
        PlanDocument plan = gatePassedPlan();
        for (int day = -3; day <= 140; day++) {
            Scenarios.ENGINE.evaluate(plan, Plans.day(day));
        }
    }
}
