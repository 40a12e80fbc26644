package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Recommendation;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void strongPlanPassesAndCloses() {
        PipEngine engine = PipEngine.withDefaultRules();
        PlanDocument.Builder b = Plans.base();
        PlanDocument plan = b.observations(Plans.weekly(b, 1, 20, w -> 16)).build();
        Evaluation e = engine.evaluate(plan, Plans.day(200));
        System.err.println(e.timeline());
        e.reasons().forEach(r -> System.err.println(r.rule() + ": " + r.message()));
        e.findings().forEach(f -> System.err.println(f));
        assertEquals(Recommendation.PIP, e.recommendation());
        assertEquals(Decision.CLOSED, e.decision());
    }
}
