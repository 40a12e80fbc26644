package dev.pip.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanJson;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import dev.pip.rules.PipEngine;
import org.junit.jupiter.api.Test;

/**
 * The README's "Property checks in your own tests" example, as an application's test would write
 * it (the README shows the lines between the markers; {@link ReadmeExampleTest} compares them).
 */
class PropertyCheckExampleTest {
    @Test
    void theReadmePropertyCheckRuns() {
        // README:start
        PipEngine engine = PipEngine.withDefaultRules();
        PlanGenerator plans = PlanGenerator.defaults();
        Property.forAll("a plan decides alike after a JSON round trip", 200, plans::next)
                .describedBy(g -> PlanJson.writePretty(g.plan()))
                .check(g -> {
                    PlanDocument again = PlanJson.read(PlanJson.write(g.plan()), "round trip");
                    assertEquals(engine.evaluate(g.plan(), g.asOf()), engine.evaluate(again, g.asOf()));
                });
        // README:end
    }
}
