package dev.pip.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pip.core.PlanDocument;
import dev.pip.core.TimelineEntry;
import dev.pip.core.json.PlanJson;
import dev.pip.generate.DecisionRecords;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Scenario;
import dev.pip.rules.PipEngine;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The example of {@link DecisionRecords}' Javadoc runs as written there, with the engine as the evaluator. */
class DecisionRecordsExampleTest {
    @Test
    void theJavadocExampleRuns() {
        PipEngine engine = PipEngine.withDefaultRules();
        // The example of DecisionRecords' Javadoc, as written there.
        RandomGenerator random = new SplittableRandom(11);
        PlanDocument plan = PlanGenerator.defaults().plan(random, Scenario.FAILING_END);
        List<TimelineEntry> rules = engine.evaluate(plan, plan.startDate().plusYears(1)).timeline();
        PlanDocument recorded = DecisionRecords.withRecords(random, plan, rules);

        assertFalse(rules.isEmpty());
        assertEquals(recorded, PlanJson.read(PlanJson.write(recorded), "example"), "valid records read back");
        assertEquals(plan, recorded.toBuilder().decisions(List.of()).build());
    }
}
