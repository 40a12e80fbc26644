package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.Approvals;
import dev.pip.core.CheckIn;
import dev.pip.core.Decision;
import dev.pip.core.Diagnosis;
import dev.pip.core.Direction;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Rep;
import dev.pip.core.RootCause;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Found by the engine/reference agreement property (seed 2000115): an AT_MOST target with no change. */
class GapClosedEdgeTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    @Test
    void anAtMostTargetStillAtItsBaselineClosesZeroOfItsGapWhichReachesAZeroImprovementShare() {
        List<Observation> observations = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        List<SupportDelivery> delivered = new ArrayList<>();
        for (int w = 1; w <= 8; w++) {
            observations.add(Observation.ofWeek("calls", w, 15));
            observations.add(Observation.ofWeek("demos", w, 15));
            observations.add(Observation.ofWeek("no-shows", w, w <= 4 ? 9 : 15));
            checkIns.add(new CheckIn(w, true, Optional.empty()));
            delivered.add(new SupportDelivery("COACHING", w, 1));
        }
        PolicyOverrides zeroShare = new PolicyOverrides(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(0), OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty());
        PlanDocument plan = PlanDocument.builder("PIP-0", Rep.of("rep-1"), START, new Diagnosis(RootCause.SKILL,
                        Optional.empty(), 3, true, false, false, 0.1, List.of("framework"), false))
                .targets(List.of(Target.behavioural("calls", 8, 15, Direction.AT_LEAST, "CRM"),
                        Target.behavioural("demos", 8, 15, Direction.AT_LEAST, "CRM"),
                        Target.behavioural("no-shows", 15, 9, Direction.AT_MOST, "CRM")))
                .support(List.of(new SupportCommitment("COACHING", 1))).approvals(Approvals.all())
                .observations(observations).checkIns(checkIns).supportDelivered(delivered).policy(zeroShare).build();

        List<Decision> timeline = PipEngine.withDefaultRules().evaluate(plan, START.plusDays(59)).timeline()
                .stream().map(TimelineEntry::decision).toList();

        // Weeks 5-8 at the baseline 15: (15 - 15) / (9 - 15) = 0 of the gap, at least the share 0 (section 6).
        assertEquals(List.of(Decision.CONTINUE, Decision.EXTEND), timeline);
    }
}
