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

/**
 * -0.0 is 0 (rule constraints compare boxed doubles, where -0.0 lies below 0.0). Found by the
 * engine/reference agreement property: seed 2000115, an AT_MOST target with no change.
 */
class NegativeZeroTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final PipEngine ENGINE = PipEngine.withDefaultRules();

    private static PlanDocument.Builder plan(double noShowsAfterGate, double otherValues) {
        List<Observation> observations = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        List<SupportDelivery> delivered = new ArrayList<>();
        for (int w = 1; w <= 8; w++) {
            observations.add(Observation.ofWeek("calls", w, otherValues));
            observations.add(Observation.ofWeek("demos", w, otherValues));
            observations.add(Observation.ofWeek("no-shows", w, w <= 4 ? 9 : noShowsAfterGate));
            checkIns.add(new CheckIn(w, true, Optional.empty()));
            delivered.add(new SupportDelivery("COACHING", w, 1));
        }
        PolicyOverrides zeroShare = new PolicyOverrides(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(0), OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty());
        return PlanDocument.builder("PIP-0", Rep.of("rep-1"), START, new Diagnosis(RootCause.SKILL,
                        Optional.empty(), 3, true, false, false, 0.1, List.of("framework"), false))
                .targets(List.of(Target.behavioural("calls", Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build(),
                        Target.behavioural("demos", Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build(),
                        Target.behavioural("no-shows", Direction.AT_MOST).baseline(15).goal(9).source("CRM").build()))
                .support(List.of(new SupportCommitment("COACHING", 1))).approvals(Approvals.all())
                .observations(observations).checkIns(checkIns).supportDelivered(delivered).policy(zeroShare);
    }

    private static List<Decision> decisions(PlanDocument plan, int day) {
        return ENGINE.evaluate(plan, START.plusDays(day - 1L)).timeline().stream().map(TimelineEntry::decision)
                .toList();
    }

    @Test
    void anAtMostTargetStillAtItsBaselineClosesZeroOfItsGapWhichReachesAZeroImprovementShare() {
        List<Decision> timeline = decisions(plan(15, 15).build(), 60);

        // Weeks 5-8 at the baseline 15: (15 - 15) / (9 - 15) = 0 of the gap, at least the share 0 (section 6).
        assertEquals(List.of(Decision.CONTINUE, Decision.EXTEND), timeline);
    }

    @Test
    void aValueOfMinusZeroMeetsAnAtLeastGoalOfZero() {
        PlanDocument.Builder b = plan(9, -0.0);
        List<Target> zeroGoals = List.of(Target.behavioural("calls", Direction.AT_LEAST).baseline(0).goal(0).source("CRM").build(),
                Target.behavioural("demos", Direction.AT_LEAST).baseline(0).goal(0).source("CRM").build(),
                Target.behavioural("no-shows", Direction.AT_MOST).baseline(15).goal(9).source("CRM").build());
        assertEquals(List.of(Decision.CONTINUE), decisions(b.targets(zeroGoals).build(), 30));
    }
}
