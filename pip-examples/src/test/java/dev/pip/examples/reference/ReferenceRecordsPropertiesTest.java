package dev.pip.examples.reference;

import dev.pip.generate.RecordProperties;
import dev.pip.generate.RecordProperties.Seen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference evaluator keeps the invariants of decisions of record (seeded; see {@code Property} for reruns). */
class ReferenceRecordsPropertiesTest {
    private static final ReferenceEvaluator REFERENCE = ReferenceEvaluator.withDefaultPolicy();
    private static final RecordProperties PROPERTIES = RecordProperties.of((plan, asOf) -> {
        ReferenceEvaluation r = REFERENCE.evaluate(plan, asOf);
        return new Seen(r.decision(), r.timeline(), r.humanReviewRequired(),
                List.of(r.recommendation(), r.differences()));
    }, 3000);

    @Test
    void recordingTheRulesOwnDecisionsChangesOnlyWhoDecided() {
        PROPERTIES.recordingTheRulesOwnDecisionsChangesOnlyWhoDecided();
    }

    @Test
    void theTimelineStartsWithTheRecordsUnchanged() {
        PROPERTIES.theTimelineStartsWithTheRecordsUnchanged();
    }

    @Test
    void aLaterAsOfOnlyAppends() {
        PROPERTIES.aLaterAsOfOnlyAppends();
    }
}
