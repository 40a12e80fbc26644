package dev.pip.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Policy;
import java.time.Duration;
import dev.pip.examples.reference.ReferenceEvaluator;
import dev.pip.rules.PipEngine;
import org.junit.jupiter.api.Test;

class SideBySideTest {
    @Test
    void aReferenceWithAnEarlierGateDisagreesAndAtMostTenPlansAreDescribed() {
        Policy earlyGate = new Policy(16, 14, 1, 60, 6, 0.5, 2, 0.5, 2, 0.8, 2);
        SideBySide.Result r = new SideBySide(PipEngine.withDefaultRules(), ReferenceEvaluator.withPolicy(earlyGate))
                .run(400, 3, Duration.ZERO);
        assertTrue(r.agree() < r.plans(), r::summary);
        assertTrue(r.summary().endsWith("agree " + r.agree() + "/400"), r::summary);
        assertEquals(Math.min(SideBySide.MAX_DESCRIBED, r.plans() - r.agree()), r.disagreeing().size());
        assertTrue(r.disagreeing().get(0).contains(" as of "), r.disagreeing()::toString);
    }

    @Test
    void theSameSeedGivesTheSamePlans() {
        assertEquals(Workload.plans(50, 9), Workload.plans(50, 9));
        assertNotEquals(Workload.plans(50, 9), Workload.plans(50, 10));
    }

    @Test
    void noPlansIsRefused() {
        SideBySide s = new SideBySide(PipEngine.withDefaultRules(), ReferenceEvaluator.withDefaultPolicy());
        assertThrows(IllegalArgumentException.class, () -> s.run(0, 1, Duration.ZERO));
    }
}
