package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.EvaluationJson;
import dev.pip.core.json.PlanJson;
import dev.pip.generate.Property;
import dev.pip.generate.RecordProperties;
import dev.pip.generate.RecordProperties.Seen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps the invariants of decisions of record (specification, section 11), on plans
 * whose records are derived from the engine's own timeline (seeded; see {@code Property} for reruns).
 */
class EngineRecordsPropertiesTest {
    private static final int TRIES = 300;
    private static PipEngine engine;
    private static RecordProperties properties;

    @BeforeAll
    static void build() {
        engine = PipEngine.withDefaultRules();
        properties = RecordProperties.of(EngineRecordsPropertiesTest::seen, TRIES);
    }

    private static Seen seen(PlanDocument plan, LocalDate asOf) {
        Evaluation e = engine.evaluate(plan, asOf);
        return new Seen(e.decision(), e.timeline(), e.humanReviewRequired(), List.of(e.recommendation(),
                e.reasons(), e.findings(), e.weeks(), e.needs(), e.policy(), e.ruleSet()));
    }

    @Test
    void plansWithRecordsAndTheirEvaluationsSurviveAJsonRoundTrip() {
        Property.forAll("records: JSON round trip", TRIES, r -> RecordProperties.next(r,
                EngineRecordsPropertiesTest::seen, null)).describedBy(RecordProperties.Case::toString).check(c -> {
                    PlanDocument read = PlanJson.read(PlanJson.write(c.plan()), "generated");
                    assertEquals(c.plan(), read);
                    Evaluation e = engine.evaluate(read, c.asOf());
                    assertEquals(engine.evaluate(c.plan(), c.asOf()), e);
                    assertEquals(e, EvaluationJson.read(EvaluationJson.write(e)));
                });
    }

    @Test
    void recordingTheRulesOwnDecisionsChangesOnlyWhoDecided() {
        properties.recordingTheRulesOwnDecisionsChangesOnlyWhoDecided();
    }

    @Test
    void theTimelineStartsWithTheRecordsUnchanged() {
        properties.theTimelineStartsWithTheRecordsUnchanged();
    }

    @Test
    void aLaterAsOfOnlyAppends() {
        properties.aLaterAsOfOnlyAppends();
    }
}
