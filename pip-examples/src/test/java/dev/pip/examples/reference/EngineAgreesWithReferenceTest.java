package dev.pip.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.Evaluation;
import dev.pip.core.generate.GeneratedPlan;
import dev.pip.core.generate.PlanGenerator;
import dev.pip.core.generate.Property;
import dev.pip.core.generate.Scenario;
import dev.pip.core.json.PlanJson;
import dev.pip.rules.PipEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule engine and the plain-Java reference agree on recommendation, decision and timeline
 * for generated plans. A disagreement is a bug in one of them: the specification
 * (pip-core/docs/specification.md) decides which.
 */
class EngineAgreesWithReferenceTest {
    /** Tries of the default generator; the edge-case property runs two thirds as many. */
    private static final int TRIES = 1500;
    private static final ReferenceEvaluator REFERENCE = ReferenceEvaluator.withDefaultPolicy();
    private static PipEngine engine;

    @BeforeAll
    static void compileRulesOnce() {
        engine = PipEngine.withDefaultRules();
    }

    private static void agree(GeneratedPlan g) {
        Evaluation e = engine.evaluate(g.plan(), g.asOf());
        ReferenceEvaluation r = REFERENCE.evaluate(g.plan(), g.asOf());
        assertEquals(r.recommendation(), e.recommendation(), "recommendation");
        assertEquals(r.timeline(), e.timeline(), "timeline");
        assertEquals(r.decision(), e.decision(), "decision");
        assertEquals(r.humanReviewRequired(), e.humanReviewRequired(), "humanReviewRequired");
    }

    private static String describe(GeneratedPlan g) {
        return "as of " + g.asOf() + " (" + g.scenario() + ")\n" + PlanJson.writePretty(g.plan());
    }

    @Test
    void engineAndReferenceAgreeOnEveryGeneratedPlan() {
        Property.forAll("engine agrees with reference", TRIES, PlanGenerator.defaults()::next)
                .describedBy(EngineAgreesWithReferenceTest::describe)
                .check(EngineAgreesWithReferenceTest::agree);
    }

    @Test
    void engineAndReferenceAgreeOnEdgePoliciesAndOddWindows() {
        PlanGenerator late = PlanGenerator.defaults().withEdgeCases(true).withAsOfSpread(0, 60).withDatedShare(0.6);
        Property.forAll("agreement on edge cases", TRIES * 2 / 3,
                        r -> late.next(r, Scenario.values()[r.nextInt(Scenario.values().length - 2)]))
                .describedBy(EngineAgreesWithReferenceTest::describe)
                .check(EngineAgreesWithReferenceTest::agree);
    }
}
