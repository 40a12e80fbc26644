package dev.pip.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.PipEngine;
import dev.pip.rules.facts.Attribute;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample company rule on a plan attribute: approved leave during the plan turns an EXIT into HR_REVIEW. */
class ApprovedLeaveRuleTest {
    private static final LocalDate AS_OF = SamplePlans.DEMO_AS_OF;
    private static PipEngine engine;

    @BeforeAll
    static void layerTheRuleOnTheBundledRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("approved-leave.drl");
        try (InputStream in = ApprovedLeaveRuleTest.class.getResourceAsStream("/dev/pip/examples/rules/approved-leave.drl")) {
            Files.copy(in, file);
        }
        engine = PipEngine.builder().addRules(file).build();
    }

    /** The effort-gap sample (start 2026-10-12, EXIT at the gate on day 30, 2026-11-10) with an attribute. */
    private static PlanDocument effortGapWith(Map<String, Object> attributes) {
        return SamplePlans.read("02-effort-gap.json").toBuilder().attributes(attributes).build();
    }

    @Test
    void approvedLeaveDuringThePlanTurnsTheExitIntoAnHrReview() {
        Evaluation e = engine.evaluate(effortGapWith(Map.of("approvedLeaveFrom", LocalDate.of(2026, 10, 26))), AS_OF);
        assertEquals(Decision.HR_REVIEW, e.decision());
        assertTrue(e.reasons().stream().anyMatch(r -> r.rule().equals("Approved leave during the plan")
                && r.message().contains("2026-10-26")), e.reasons()::toString);
    }

    @Test
    void leaveAfterTheDecisionDayOrWithoutTheAttributeChangesNothing() {
        assertEquals(Decision.EXIT, engine.evaluate(effortGapWith(Map.of("approvedLeaveFrom",
                LocalDate.of(2026, 11, 11))), AS_OF).decision());
        assertEquals(Decision.EXIT, engine.evaluate(effortGapWith(Map.of()), AS_OF).decision());
        assertEquals(Decision.EXIT, engine.evaluate(effortGapWith(Map.of("approvedLeave", true)), AS_OF).decision(),
                "another attribute's name");
    }

    @Test
    void attributesReadWithTheWrongKindFailLoudly() {
        Attribute text = new Attribute("region", "EMEA");
        assertEquals(Attribute.Kind.TEXT, text.kind());
        assertEquals("EMEA", text.text());
        IllegalStateException e = assertThrows(IllegalStateException.class, text::date);
        assertEquals("attribute region is TEXT (EMEA), not DATE", e.getMessage());
        assertEquals(12.0, new Attribute("seats", 12).number());
        assertTrue(new Attribute("approvedLeave", true).flag());
        assertThrows(IllegalArgumentException.class, () -> new Attribute("bad", new Object()));
    }
}
