package dev.pip.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.Severity;
import dev.pip.core.json.PlanJson;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import dev.pip.generate.RecordProperties;
import dev.pip.generate.Scenario;
import dev.pip.rules.PipEngine;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule engine and the plain-Java reference agree on recommendation, decision and timeline
 * for generated plans, with and without decisions of record. A disagreement is a bug in one of
 * them: the specification (pip-core/docs/specification.md) decides which.
 */
class EngineAgreesWithReferenceTest {
    /** Tries of the default generator; the edge-case property runs two thirds as many. */
    private static final int TRIES = 1500;
    /** Tries of plans with decisions of record (a third of them on edge-case policies and windows). */
    private static final int RECORD_TRIES = 2500;
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

    /**
     * Agreement on a plan with records: the same timeline, decision and review flag, and one
     * RECORD_DIFFERS_FROM_RULES finding per record the reference names (in any order), whose
     * evidence and message name the record's day and decision and the rules' day and decision.
     */
    private static void agreeWithRecords(RecordProperties.Case c) {
        Evaluation e = engine.evaluate(c.plan(), c.asOf());
        ReferenceEvaluation r = REFERENCE.evaluate(c.plan(), c.asOf());
        assertEquals(r.recommendation(), e.recommendation(), "recommendation");
        assertEquals(r.timeline(), e.timeline(), "timeline");
        assertEquals(r.decision(), e.decision(), "decision");
        assertEquals(r.humanReviewRequired(), e.humanReviewRequired(), "humanReviewRequired");
        List<Finding> differs = e.findings().stream().filter(f -> f.code().equals("RECORD_DIFFERS_FROM_RULES"))
                .toList();
        Set<List<Object>> expected = r.differences().stream().map(d -> List.<Object>of(d.record().day(),
                d.record().decision().name(), d.rulesDay(), d.rulesDecision().name())).collect(Collectors.toSet());
        Set<List<Object>> named = differs.stream().map(f -> List.of(f.evidence().get("recordedDay"),
                f.evidence().get("recordedDecision"), f.evidence().get("rulesDay"), f.evidence().get("rulesDecision")))
                .collect(Collectors.toSet());
        assertEquals(r.differences().size(), differs.size(), () -> "reference " + r.differences() + ", engine " + differs);
        assertEquals(expected, named, "differences named by the evidence");
        for (Finding f : differs) {
            assertEquals(Severity.WARNING, f.severity());
            for (Object value : List.of(f.evidence().get("recordedDay"), f.evidence().get("recordedDecision"),
                    f.evidence().get("rulesDay"), f.evidence().get("rulesDecision"))) {
                assertTrue(f.message().contains(String.valueOf(value)), () -> value + " not in: " + f.message());
            }
        }
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
    void engineAndReferenceAgreeOnPlansWithRecords() {
        RecordProperties.Evaluator reference = (plan, asOf) -> {
            ReferenceEvaluation r = REFERENCE.evaluate(plan, asOf);
            return new RecordProperties.Seen(r.decision(), r.timeline(), r.humanReviewRequired(), r.differences());
        };
        Property.forAll("engine agrees with reference on records", RECORD_TRIES,
                        r -> RecordProperties.next(r, reference, null))
                .describedBy(RecordProperties.Case::toString)
                .check(EngineAgreesWithReferenceTest::agreeWithRecords);
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
