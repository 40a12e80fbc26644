package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pip.core.PlanDocument;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import dev.pip.generate.Scenario;
import org.junit.jupiter.api.Test;

class PlanJsonRoundTripTest {
    @Test
    void everyGeneratedPlanReadsBackEqualFromItsCompactJson() {
        PlanGenerator generator = PlanGenerator.defaults();
        Property.forAll("plan -> compact JSON -> plan", 300, r -> generator.next(r).plan())
                .describedBy(PlanJson::writePretty)
                .check(plan -> {
                    String line = PlanJson.write(plan);
                    assertFalse(line.contains("\n"), "compact JSON is one line");
                    assertEquals(plan, PlanJson.read(line, "generated"));
                });
    }

    @Test
    void everyGeneratedPlanReadsBackEqualFromItsPrettyJson() {
        PlanGenerator generator = PlanGenerator.defaults().withDatedShare(0.8).withBehaviouralTargets(1, 7);
        Scenario[] all = Scenario.values();
        Property.forAll("plan -> pretty JSON -> plan", 100, r -> generator.plan(r, all[r.nextInt(all.length)]))
                .describedBy(PlanJson::write)
                .check(plan -> assertEquals(plan, PlanJson.read(PlanJson.writePretty(plan), "generated")));
    }

    @Test
    void writingIsStableAcrossARoundTrip() {
        Property.forAll("write(read(write(p))) == write(p)", 100, r -> PlanGenerator.defaults().next(r).plan())
                .check(plan -> {
                    String once = PlanJson.write(plan);
                    PlanDocument again = PlanJson.read(once, "once");
                    assertEquals(once, PlanJson.write(again));
                });
    }
}
