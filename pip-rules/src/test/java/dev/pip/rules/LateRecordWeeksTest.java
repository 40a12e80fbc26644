package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.CheckpointStatus;
import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.PlanDocument;
import dev.pip.core.RecordedDecision;
import dev.pip.core.TargetWeek;
import dev.pip.core.TimelineEntry;
import dev.pip.core.WeekStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A decision recorded later than the rules' decision point (specification, section 11): the weeks
 * ending after the due day and on or before the record's day stay in the weekly checkpoint
 * (section 4), judged against the goal of the window the record concludes, and no decision judges
 * them. Each plan is also evaluated with other values in those weeks: nothing but the weekly
 * checkpoint may change.
 */
class LateRecordWeeksTest {
    private static PipEngine engine;

    @BeforeAll
    static void build() {
        engine = PipEngine.withDefaultRules();
    }

    /** The 60-day base plan, every target at {@code valueOfWeek} in weeks 1-30, with these records. */
    private static PlanDocument plan(IntToDoubleFunction valueOfWeek, RecordedDecision... records) {
        PlanDocument.Builder b = Plans.base();
        return b.observations(Plans.weekly(b, 1, 30, valueOfWeek)).decisions(List.of(records)).build();
    }

    private static RecordedDecision record(int day, Decision decision) {
        return new RecordedDecision(day, decision, Optional.of("mgr-1"), Optional.empty());
    }

    /** Everything of an evaluation but its weekly checkpoint. */
    private static List<Object> decided(Evaluation e) {
        return List.of(e.recommendation(), e.decision(), e.timeline(), e.reasons(), e.findings(), e.needs(),
                e.humanReviewRequired());
    }

    private static List<Integer> weekNumbers(Evaluation e) {
        return e.weeks().stream().map(WeekStatus::week).toList();
    }

    private static List<Integer> weeks(int first, int last) {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    private static WeekStatus week(Evaluation e, int week) {
        return e.weeks().stream().filter(w -> w.week() == week).findFirst().orElseThrow();
    }

    private static List<String> timeline(Evaluation e) {
        List<String> out = new ArrayList<>();
        for (TimelineEntry t : e.timeline()) {
            out.add(t.decision() + " " + t.day() + (t.recorded() ? " recorded" : ""));
        }
        return out;
    }

    /** The rules' own decision at the point the record answered, as the one RECORD_DIFFERS_FROM_RULES finding names it. */
    private static String rules(Evaluation e) {
        List<Finding> found = e.findings().stream().filter(f -> f.code().equals("RECORD_DIFFERS_FROM_RULES")).toList();
        assertEquals(1, found.size(), e.findings()::toString);
        return found.get(0).evidence().get("rulesDay") + " " + found.get(0).evidence().get("rulesDecision");
    }

    /**
     * Asserts that the plan with {@code other} values in weeks {@code first..last} is decided exactly
     * alike, with those weeks listed against the same goal and a different status.
     */
    private static void weeksDecideNothing(Evaluation e, PlanDocument other, int asOfDay, int first, int last) {
        Evaluation o = engine.evaluate(other, Plans.day(asOfDay));
        assertEquals(decided(e), decided(o), "values after the due day, before the record, decide nothing");
        assertEquals(weekNumbers(e), weekNumbers(o));
        for (int week = first; week <= last; week++) {
            assertNotEquals(week(e, week).targets().get(0).status(), week(o, week).targets().get(0).status(),
                    "week " + week + " is judged for the checkpoint");
        }
    }

    @Test
    void aGateHeldMoreThanAWeekLateKeepsItsWeeksInTheCheckpoint() {
        // Gate due day 30, recorded CONTINUE on day 45: weeks 5 (days 29-35) and 6 (36-42) ended in between.
        PlanDocument plan = plan(w -> 15, record(45, Decision.CONTINUE));
        Evaluation e = engine.evaluate(plan, Plans.day(70));
        assertEquals(weeks(1, 10), weekNumbers(e), "every week ended by day 70, once");
        assertEquals(List.of("CONTINUE 45 recorded", "PASS 60"), timeline(e));
        assertEquals("30 CONTINUE", rules(e), "the rules still decide on the due day");
        WeekStatus five = week(e, 5);
        assertTrue(five.onTrack() && five.checkInHeld() && five.supportDelivered() == 1, five::toString);
        assertEquals(List.of(15.0, 15.0, 15.0), five.targets().stream().map(TargetWeek::goal).toList(),
                "against the goal of the gate window, still open until the record");
        weeksDecideNothing(e, plan(w -> w == 5 || w == 6 ? 9 : 15, record(45, Decision.CONTINUE)), 70, 5, 6);
    }

    @Test
    void aFinalDecisionRecordedLateKeepsItsWeeksInTheCheckpoint() {
        // Final decision due day 60, recorded PASS on day 70: weeks 9 (57-63) and 10 (64-70) ended in between.
        PlanDocument plan = plan(w -> 15, record(30, Decision.CONTINUE), record(70, Decision.PASS));
        Evaluation e = engine.evaluate(plan, Plans.day(80));
        assertEquals(weeks(1, 11), weekNumbers(e), "every week ended by day 80, once");
        assertEquals(List.of("CONTINUE 30 recorded", "PASS 70 recorded"), timeline(e));
        assertEquals("60 PASS", rules(e), "the rules' own decision on the due day");
        PlanDocument missed = plan(w -> w == 9 || w == 10 ? 9 : 15, record(30, Decision.CONTINUE), record(70, Decision.PASS));
        weeksDecideNothing(e, missed, 80, 9, 10);
        assertEquals(CheckpointStatus.NOT_MET, week(engine.evaluate(missed, Plans.day(80)), 9).targets().get(0).status());
    }

    @Test
    void monitoringClosedLateKeepsItsWeeksInTheCheckpoint() {
        // Monitoring from day 60 due day 120, recorded CLOSED on day 141: weeks 18-20 (days 120-140) in between,
        // three missed weeks in a row that would be a regression if monitoring judged them.
        RecordedDecision[] records = {record(30, Decision.CONTINUE), record(60, Decision.PASS), record(141, Decision.CLOSED)};
        PlanDocument plan = plan(w -> 15, records);
        Evaluation e = engine.evaluate(plan, Plans.day(145));
        assertEquals(weeks(1, 20), weekNumbers(e), "every week ended by day 145, once");
        assertEquals(List.of("CONTINUE 30 recorded", "PASS 60 recorded", "CLOSED 141 recorded"), timeline(e));
        assertEquals("120 CLOSED", rules(e), "the rules close monitoring on its due day");
        weeksDecideNothing(e, plan(w -> w >= 18 ? 9 : 15, records), 145, 18, 20);
        PlanDocument.Builder b = Plans.base();
        PlanDocument withoutData = b.observations(Plans.weekly(b, 1, 17, w -> 15)).decisions(List.of(records)).build();
        weeksDecideNothing(e, withoutData, 145, 18, 20);
        assertEquals(weeks(1, 20), weekNumbers(engine.evaluate(plan, Plans.day(170))),
                "no week after the record that ends the timeline");
    }

    @Test
    void aRecordNearTheDueDayListsEachWeekOnce() {
        // Early, on time, late with no week ending in between, and late by the day week 5 ends.
        for (int day : new int[] {26, 30, 34, 35}) {
            Evaluation e = engine.evaluate(plan(w -> 15, record(day, Decision.CONTINUE)), Plans.day(70));
            assertEquals(weeks(1, 10), weekNumbers(e), "gate recorded on day " + day);
        }
    }
}
