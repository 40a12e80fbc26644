package dev.pip.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** -0.0 in a document is 0: Double.compare (used by rule engines on boxed values) puts -0.0 below 0.0. */
class NegativeZeroTest {
    @Test
    void observationsAndTargetsTurnMinusZeroIntoZero() {
        assertEquals(0, Double.compare(0.0, Observation.ofWeek("m", 1, -0.0).value()));
        Target t = new Target("t", java.util.Optional.empty(), TargetKind.BEHAVIOURAL, java.util.Optional.empty(),
                OptionalDouble.of(-0.0), OptionalDouble.of(-0.0), Direction.AT_LEAST, java.util.Optional.of("CRM"),
                Judged.EVERY_WEEK, OptionalDouble.of(-0.0), OptionalDouble.of(-0.0));
        assertEquals(OptionalDouble.of(0.0), t.baseline());
        assertEquals(OptionalDouble.of(0.0), t.goal());
        assertEquals(OptionalDouble.of(0.0), t.goalAfterGate());
        assertEquals(OptionalDouble.of(0.0), t.goalInExtension());
    }

    @Test
    void diagnosisAndPolicyNumbersTurnMinusZeroIntoZero() {
        Diagnosis d = new Diagnosis(RootCause.SKILL, java.util.Optional.empty(), -0.0, true, false, false, -0.0,
                java.util.List.of(), false);
        assertEquals(0, Double.compare(0.0, d.monthsUnderperforming()));
        assertEquals(0, Double.compare(0.0, d.teamShareBelowStandard()));
        Policy p = new Policy(30, 14, 1, 60, 6, -0.0, -0.0, -0.0, 2, -0.0, 2);
        assertEquals(0, Double.compare(0.0, p.improvementShare()));
        assertEquals(0, Double.compare(0.0, p.teamWideShare()));
    }
}
