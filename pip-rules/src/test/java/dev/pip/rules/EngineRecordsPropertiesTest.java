package dev.pip.rules;

import dev.pip.core.Evaluation;
import dev.pip.core.generate.RecordProperties;
import dev.pip.core.generate.RecordProperties.Seen;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps the invariants of decisions of record (specification, section 11), on plans
 * whose records are derived from the engine's own timeline (seeded; see {@code Property} for reruns).
 */
class EngineRecordsPropertiesTest {
    private static final int TRIES = 300;
    private static RecordProperties properties;

    @BeforeAll
    static void build() {
        PipEngine engine = PipEngine.withDefaultRules();
        properties = RecordProperties.of((plan, asOf) -> {
            Evaluation e = engine.evaluate(plan, asOf);
            return new Seen(e.decision(), e.timeline(), e.humanReviewRequired(), List.of(e.recommendation(),
                    e.reasons(), e.findings(), e.weeks(), e.needs(), e.policy(), e.ruleSet()));
        }, TRIES);
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
