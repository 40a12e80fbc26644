package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.generate.DecisionRecords;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import dev.pip.generate.RecordStory;
import dev.pip.generate.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generated records and attributes, with a value replaced at random, read as a plan or as problems at their paths. */
class PlanJsonRecordsGeneratedTest {
    @Test
    void randomlyReplacedValuesInRecordsAndAttributesGivePlansOrProblemsButNeverAnotherException() {
        PlanGenerator small = PlanGenerator.defaults().withWeeks(2);
        Property.forAll("records and attributes with a replaced value", 1000, r -> {
            PlanDocument plan = small.plan(r, Scenario.STRONG);
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("region", "EMEA");
            attributes.put("headcount", r.nextInt(50));
            attributes.put("reviewDue", plan.startDate().plusDays(r.nextInt(90)));
            attributes.put("unionised", r.nextBoolean());
            PlanDocument recorded = plan.toBuilder().attributes(attributes)
                    .decisions(DecisionRecords.derive(r, RecordStory.BEYOND_POLICY, plan, List.of())).build();
            String json = PlanJson.write(recorded);
            String decisions = json.substring(json.indexOf("\"decisions\""));
            return json.substring(0, json.indexOf("\"decisions\"")) + JsonTrees.replaceRandomValue(r,
                    "{" + decisions).substring(1);
        }).describedBy(text -> text).check(text -> {
            try {
                PlanDocument plan = PlanJson.read(text, "fuzz");
                assertEquals(plan, PlanJson.read(PlanJson.write(plan), "again"));
            } catch (InvalidPlanException e) {
                assertFalse(e.problems().isEmpty());
                e.problems().forEach(p -> assertTrue(p.path().startsWith("$.decisions") || p.path().startsWith(
                        "$.attributes") || p.path().equals("$"), p::toString));
            }
        });
    }
}
