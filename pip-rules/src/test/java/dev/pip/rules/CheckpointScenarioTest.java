package dev.pip.rules;

import static dev.pip.rules.Scenarios.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.CheckIn;
import dev.pip.core.CheckpointStatus;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.Judged;
import dev.pip.core.Need;
import dev.pip.core.PlanDocument;
import dev.pip.core.SupportDelivery;
import dev.pip.core.TargetWeek;
import dev.pip.core.WeekStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The weekly checkpoint and what the rep still needs, on whole plans (specification, section 4). */
class CheckpointScenarioTest {

    private static Need need(Evaluation e, String target) {
        return e.needs().stream().filter(n -> n.target().equals(target)).findFirst().orElseThrow();
    }

    private static TargetWeek status(WeekStatus w, String target) {
        return w.targets().stream().filter(t -> t.target().equals(target)).findFirst().orElseThrow();
    }

    @Test
    void everyEndedWeekHasItsStatusesCheckInAndSupport() {
        Evaluation e = on(Plans.observed(Plans.base(), 1, 4, w -> 15).build(), 20);
        assertEquals(List.of(1, 2), e.weeks().stream().map(WeekStatus::week).toList(), "week 3 ends on day 21");
        WeekStatus w1 = e.weeks().get(0);
        assertEquals(Plans.day(1), w1.firstDate());
        assertEquals(Plans.day(7), w1.lastDate());
        assertTrue(w1.onTrack());
        assertTrue(w1.checkInHeld());
        assertEquals(1.0, w1.supportCommitted());
        assertEquals(1.0, w1.supportDelivered());
        assertEquals(CheckpointStatus.MET, status(w1, "calls").status());
        assertEquals(OptionalDouble.of(15), status(w1, "calls").value());
        assertEquals(15.0, status(w1, "calls").goal());
    }

    @Test
    void aMissedWeekIsNotMetAndTheWeekIsNotOnTrack() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 15);
        b.observations(Plans.override(b, "calls", 2, 2, w -> 14));
        b.checkIns(List.of(new CheckIn(1, true, Optional.empty()), new CheckIn(2, false, Optional.empty())));
        b.supportDelivered(List.of(new SupportDelivery("COACHING", 2, 3)));
        Evaluation e = on(b.build(), 14);
        WeekStatus w2 = e.weeks().get(1);
        assertEquals(CheckpointStatus.NOT_MET, status(w2, "calls").status());
        assertEquals(CheckpointStatus.MET, status(w2, "demos").status());
        assertFalse(w2.onTrack());
        assertTrue(e.weeks().get(0).onTrack());
        assertFalse(w2.checkInHeld(), "a check-in not held is not held");
        assertEquals(3.0, w2.supportDelivered());
        assertEquals(0.0, e.weeks().get(0).supportDelivered());
        Need calls = need(e, "calls");
        assertEquals(OptionalDouble.empty(), calls.perWeek(), "an EVERY_WEEK miss cannot be made up");
        assertEquals(30, calls.decisionDay());
        assertEquals(OptionalDouble.of(15), need(e, "demos").perWeek());
        assertEquals(2, need(e, "demos").weeksLeft());
    }

    @Test
    void aWeekWithoutDataIsNoDataAndTheRepIsAskedToRecordIt() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 15);
        Evaluation e = on(b.observations(Plans.without(b, "calls", 1)).build(), 14);
        TargetWeek calls = status(e.weeks().get(0), "calls");
        assertEquals(CheckpointStatus.NO_DATA, calls.status());
        assertEquals(OptionalDouble.empty(), calls.value());
        assertFalse(e.weeks().get(0).onTrack());
        Need need = need(e, "calls");
        assertEquals(OptionalDouble.of(15), need.perWeek(), "missing data may still arrive: it is not a miss");
        assertTrue(need.message().contains("[1]"), need.message());
    }

    @Test
    void averageTargetNeedsTheMeanThatBringsItToItsGoal() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.AVERAGE,
                Double.NaN, Double.NaN)));
        Plans.observed(b, 1, 4, w -> 15);
        Evaluation e = on(b.observations(Plans.override(b, "calls", 1, 2, w -> w == 1 ? 12 : 14)).build(), 14);
        assertEquals(OptionalDouble.of(17), need(e, "calls").perWeek(), "(4 x 15 - 26) / 2");
        assertEquals(CheckpointStatus.NOT_MET, status(e.weeks().get(0), "calls").status(), "weekly status per week");
    }

    @Test
    void atMostAverageTargetAlreadyOverItsAllowanceCanNoLongerPass() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 20, 10, Direction.AT_MOST, Judged.AVERAGE,
                Double.NaN, Double.NaN)));
        Plans.observed(b, 1, 4, w -> 15);
        PlanDocument over = b.observations(Plans.override(b, "calls", 1, 2, w -> 21)).build();
        assertEquals(OptionalDouble.empty(), need(on(over, 14), "calls").perWeek(), "42 > 4 x 10");
        PlanDocument under = b.observations(Plans.override(b, "calls", 1, 2, w -> 12)).build();
        assertEquals(OptionalDouble.of(8), need(on(under, 14), "calls").perWeek(), "(40 - 24) / 2");
    }

    @Test
    void afterTheGateTheWeeksAndNeedsUseTheEscalatedGoal() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.EVERY_WEEK,
                18, Double.NaN)));
        Evaluation e = on(Plans.observed(b, 1, 5, w -> 18).build(), 35);
        assertEquals(15.0, status(e.weeks().get(3), "calls").goal());
        assertEquals(18.0, status(e.weeks().get(4), "calls").goal());
        Need need = need(e, "calls");
        assertEquals(60, need.decisionDay());
        assertEquals(3, need.weeksLeft());
        assertEquals(OptionalDouble.of(18), need.perWeek());
    }

    @Test
    void duringAnExtensionTheWeeksAndNeedsUseTheGoalInExtension() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.EVERY_WEEK,
                Double.NaN, 13)));
        Evaluation e = on(Plans.observed(b, 1, 9, w -> w <= 4 ? 15 : w <= 8 ? 12 : 13).build(), 65);
        assertEquals(List.of("CONTINUE@30", "EXTEND@60"), Scenarios.timeline(e));
        assertEquals(13.0, status(e.weeks().get(8), "calls").goal());
        assertEquals(CheckpointStatus.NOT_MET, status(e.weeks().get(8), "demos").status(), "13 misses 15");
        Need calls = need(e, "calls");
        assertEquals(74, calls.decisionDay());
        assertEquals(1, calls.weeksLeft());
        assertEquals(OptionalDouble.of(13), calls.perWeek());
        assertEquals(OptionalDouble.empty(), need(e, "demos").perWeek());
    }

    @Test
    void monitoringWeeksAreListedAfterAPassWithoutNeeds() {
        Evaluation e = on(Plans.observed(Plans.base(), 1, 17, w -> 16).build(), 100);
        assertEquals(14, e.weeks().size(), "weeks 1-14 have ended by day 100");
        assertTrue(e.needs().isEmpty(), "nothing is left to pass in monitoring");
    }

    @Test
    void nothingIsListedAfterAnExit() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 10, w -> 9);
        Evaluation e = on(b.build(), 70);
        assertEquals(List.of(1, 2, 3, 4), e.weeks().stream().map(WeekStatus::week).toList());
        assertTrue(e.needs().isEmpty());
    }
}
