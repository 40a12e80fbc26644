package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.CheckpointStatus;
import dev.pip.core.Direction;
import dev.pip.core.Judged;
import dev.pip.core.Need;
import dev.pip.rules.facts.Explained;
import dev.pip.rules.facts.Improvement;
import dev.pip.rules.facts.MissingData;
import dev.pip.rules.facts.OnTrack;
import dev.pip.rules.facts.TargetResult;
import dev.pip.rules.facts.TargetWindow;
import dev.pip.rules.facts.WeekResult;
import dev.pip.rules.facts.WeekValue;
import dev.pip.rules.facts.WindowKind;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** One focused test per rule of checkpoint.drl (specification, sections 3, 4, 6): the facts that fire it, and a near miss. */
class CheckpointRulesTest {

    /** The gate window (id 0, weeks 1-4, reached or not) with a target over it and its weekly values. */
    private static RuleHarness gate(boolean reached, TargetWindow t, double... weekly) {
        List<Object> parts = new ArrayList<>(List.of(t));
        for (int i = 0; i < weekly.length; i++) {
            parts.add(new WeekValue(0, t.target(), t.name(), t.behavioural(), i + 1, 7 * (i + 1), !Double.isNaN(weekly[i]),
                    Double.isNaN(weekly[i]) ? 0 : weekly[i], t.goal(), t.direction(), true));
        }
        return RuleHarness.run(Facts.POLICY, Facts.windowWith(WindowKind.GATE, 0, 30, reached, parts.toArray()));
    }

    /** A window with only these week values, for the weekly checkpoint. */
    private static RuleHarness weeks(WeekValue... values) {
        return RuleHarness.run(Facts.windowWith(WindowKind.GATE, 0, 30, false, (Object[]) values));
    }

    private static RuleHarness gate(TargetWindow t) {
        double[] values = new double[t.weeksEnded()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < t.values().size() && t.missingWeeks().isEmpty() ? t.values().get(i) : Double.NaN;
        }
        return gate(true, t, values);
    }

    private static List<CheckpointStatus> statuses(RuleHarness h) {
        return h.facts(WeekResult.class).stream().sorted((a, b) -> a.week() - b.week()).map(WeekResult::status).toList();
    }

    @Test
    void weekMetIsAtLeastTheGoalOrAtMostIt() {
        RuleHarness h = weeks(Facts.week(0, "c", 1, 15, 15));
        assertTrue(h.fired("Week judged"));
        assertEquals(List.of(CheckpointStatus.MET), statuses(h));
        assertEquals(List.of(CheckpointStatus.MET),
                statuses(weeks(new WeekValue(0, "c", "c", true, 1, 7, true, 10, 10, Direction.AT_MOST, true))));
        assertFalse(RuleHarness.run(Facts.week(0, "c", 1, 15, 15)).fired("Week judged"),
                "a week outside any window is not judged");
        assertFalse(weeks(Facts.week(7, "c", 1, 15, 15)).fired("Week judged"), "nor a week of another window");
    }

    @Test
    void weekNotMetMissesTheGoal() {
        assertEquals(List.of(CheckpointStatus.NOT_MET), statuses(weeks(Facts.week(0, "c", 1, 14.9, 15))));
        assertEquals(List.of(CheckpointStatus.NOT_MET),
                statuses(weeks(new WeekValue(0, "c", "c", true, 1, 7, true, 10.1, 10, Direction.AT_MOST, true))));
    }

    @Test
    void weekWithoutDataIsNoDataNeverZero() {
        RuleHarness h = weeks(Facts.week(0, "c", 1, Double.NaN, 15));
        assertEquals(List.of(CheckpointStatus.NO_DATA), statuses(h));
        assertEquals(0.0, h.facts(WeekResult.class).get(0).value());
        assertEquals(List.of(CheckpointStatus.NOT_MET), statuses(weeks(Facts.week(0, "c", 1, 0, 15))), "zero is a value");
    }

    @Test
    void weekOnTrack() {
        WeekResult outcomeMissed = new WeekResult(0, "o", false, 1, CheckpointStatus.NOT_MET, 1, 5, true);
        RuleHarness h = RuleHarness.run(new WeekResult(0, "a", true, 1, CheckpointStatus.MET, 15, 15, true),
                new WeekResult(0, "b", true, 1, CheckpointStatus.MET, 15, 15, true), outcomeMissed);
        assertTrue(h.fired("Week on track"));
        assertEquals(List.of(new OnTrack(0, 1)), h.facts(OnTrack.class));
        RuleHarness miss = RuleHarness.run(new WeekResult(0, "a", true, 1, CheckpointStatus.MET, 15, 15, true),
                new WeekResult(0, "b", true, 1, CheckpointStatus.NO_DATA, 0, 15, true));
        assertTrue(miss.facts(OnTrack.class).isEmpty());
    }

    @Test
    void weeksBeforeALateRecordAreShownButDecideNothing() {
        // The gate (due day 30) was recorded late: weeks 5 and 6 ended after its due day, before the
        // record. Their results are in the weekly checkpoint, marked not judged; c's result over the
        // gate stays what weeks 1-4 say.
        TargetWindow c = Facts.target(0, "c", 15, 15, 15, 15);
        RuleHarness h = RuleHarness.run(Facts.POLICY, Facts.windowWith(WindowKind.GATE, 0, 30, true, c,
                Facts.week(0, "c", 1, 15, 15), Facts.week(0, "c", 2, 15, 15), Facts.week(0, "c", 3, 15, 15),
                Facts.week(0, "c", 4, 15, 15), Facts.shownWeek(0, "c", 5, 14, 15), Facts.shownWeek(0, "c", 6, 16, 15)));
        List<WeekResult> results = h.facts(WeekResult.class).stream().sorted((a, b) -> a.week() - b.week()).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6), results.stream().map(WeekResult::week).toList());
        assertEquals(List.of(true, true, true, true, false, false), results.stream().map(WeekResult::judged).toList());
        assertEquals(CheckpointStatus.NOT_MET, results.get(4).status(), "a shown week is judged against the goal alike");
        assertEquals(List.of(new TargetResult(0, "c", true, true)), h.facts(TargetResult.class),
                "the missed week 5 does not fail the gate");
        assertTrue(h.facts(OnTrack.class).contains(new OnTrack(0, 6)), "ON_TRACK as any week");
        assertFalse(h.facts(OnTrack.class).contains(new OnTrack(0, 5)));
        RuleHarness judged = RuleHarness.run(Facts.POLICY, Facts.windowWith(WindowKind.GATE, 0, 30, true, c,
                Facts.week(0, "c", 1, 15, 15), Facts.week(0, "c", 2, 15, 15), Facts.week(0, "c", 3, 15, 15),
                Facts.week(0, "c", 4, 15, 15), Facts.week(0, "c", 5, 14, 15)));
        assertEquals(List.of(new TargetResult(0, "c", true, false)), judged.facts(TargetResult.class),
                "the near miss: the same week judged fails the target");
        RuleHarness open = RuleHarness.run(Facts.POLICY, Facts.windowWith(WindowKind.GATE, 0, 30, false,
                Facts.target(0, "c", true, Direction.AT_LEAST, Judged.EVERY_WEEK, 8, 15, 4, 15, 15),
                Facts.week(0, "c", 1, 15, 15), Facts.week(0, "c", 2, 15, 15), Facts.shownWeek(0, "c", 3, 14, 15)));
        assertFalse(open.fired("Every-week target can no longer pass this window"), "needs read judged weeks only");
        assertTrue(open.fired("Every-week target still needs each remaining week"));
    }

    @Test
    void everyWeekTargetMetOverTheWindow() {
        String rule = "Every-week target met over the window";
        RuleHarness h = gate(Facts.target(0, "c", 15, 15, 16, 15));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new TargetResult(0, "c", true, true)), h.facts(TargetResult.class));
        assertFalse(gate(Facts.target(0, "c", 15, 15, 14, 15)).fired(rule));
        assertFalse(gate(false, Facts.target(0, "c", 15, 15, 15), 15, 15, 15).fired(rule), "window not reached");
    }

    @Test
    void everyWeekTargetMissedInAWeek() {
        String rule = "Every-week target missed in a week";
        RuleHarness h = gate(Facts.target(0, "c", 15, 15, 14, 15));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new TargetResult(0, "c", true, false)), h.facts(TargetResult.class));
        assertFalse(gate(Facts.target(0, "c", 15, 15, 15, 15)).fired(rule));
    }

    @Test
    void averageTargetMetWhenItsMeanMeetsTheGoal() {
        String rule = "Average target judged over the window";
        TargetWindow avg = Facts.target(0, "c", true, Direction.AT_LEAST, Judged.AVERAGE, 8, 15, 4, 12, 18, 15, 15);
        RuleHarness h = gate(avg);
        assertTrue(h.fired(rule));
        assertEquals(List.of(new TargetResult(0, "c", true, true)), h.facts(TargetResult.class));
        assertTrue(h.facts(Explained.class).stream().noneMatch(e -> e.reason().rule().equals(rule)),
                "a met target is explained by the rule for met targets");
        assertEquals(List.of(new TargetResult(0, "c", true, false)),
                gate(Facts.target(0, "c", true, Direction.AT_LEAST, Judged.AVERAGE, 8, 15, 4, 12, 17, 15, 15))
                        .facts(TargetResult.class), "a mean of 14.75 misses 15");
        assertFalse(gate(false, avg, 12, 18).fired(rule), "not before the decision day");
    }

    @Test
    void averageTargetMissedWhenItsMeanMissesTheGoalAndSaysSo() {
        String rule = "Average target judged over the window";
        TargetWindow avg = Facts.target(0, "c", true, Direction.AT_MOST, Judged.AVERAGE, 20, 10, 4, 9, 9, 9, 13.1);
        RuleHarness h = gate(avg);
        assertEquals(List.of(new TargetResult(0, "c", true, false)), h.facts(TargetResult.class));
        Explained e = h.facts(Explained.class).stream().filter(x -> x.reason().rule().equals(rule)).findFirst().orElseThrow();
        assertEquals("c averaged 10.03 over weeks 1-4, against a goal of 10 (AT_MOST).", e.reason().message());
        assertEquals(List.of(new TargetResult(0, "c", true, true)),
                gate(Facts.target(0, "c", true, Direction.AT_MOST, Judged.AVERAGE, 20, 10, 4, 9, 9, 9, 13))
                        .facts(TargetResult.class), "a mean of exactly 10 is at most 10");
    }

    @Test
    void targetMetIsExplained() {
        String rule = "Target met is explained";
        RuleHarness h = RuleHarness.run(new TargetResult(0, "c", true, true),
                Facts.windowWith(WindowKind.GATE, 0, 30, false, Facts.target(0, "c", 15, 15, 15, 15)));
        assertTrue(h.fired(rule));
        Explained e = h.facts(Explained.class).get(0);
        assertEquals(30, e.day());
        assertEquals(List.of(15.0, 15.0, 15.0, 15.0), e.reason().evidence().get("weeklyValues"));
        assertFalse(RuleHarness.run(new TargetResult(0, "c", true, false),
                Facts.windowWith(WindowKind.GATE, 0, 30, false, Facts.target(0, "c", 15, 15, 15, 15))).fired(rule));
    }

    @Test
    void missingDataInAJudgedWeek() {
        String rule = "Missing data in a judged week";
        RuleHarness h = gate(true, Facts.target(0, "c", 15, Double.NaN, 15, Double.NaN), 15, Double.NaN, 15, Double.NaN);
        assertTrue(h.fired(rule));
        assertEquals(List.of(new MissingData(0, "c", List.of(2, 4))), h.facts(MissingData.class));
        assertFalse(gate(false, Facts.target(0, "c", 15, Double.NaN), 15, Double.NaN).fired(rule),
                "not before the decision day");
        TargetWindow outcome = Facts.target(0, "o", false, Direction.AT_LEAST, Judged.EVERY_WEEK, 8, 15, 4,
                15, Double.NaN, 15, 15);
        assertFalse(gate(true, outcome, 15, Double.NaN, 15, 15).fired(rule), "missing outcome data decides nothing");
    }

    /** An unmet result of target c on window {@code w}, reached, holding {@code c}'s values. */
    private static RuleHarness unmet(WindowKind kind, int previousDay, int day, TargetWindow c) {
        return RuleHarness.run(Facts.POLICY, new TargetResult(previousDay, "c", true, false), Facts.plan(60, 60),
                Facts.windowWith(kind, previousDay, day, true, c));
    }

    private static List<String> improvementReasons(RuleHarness h) {
        return h.facts(Explained.class).stream().map(Explained::reason)
                .filter(r -> r.rule().equals("Unmet target's improvement judged")).map(r -> r.message()).toList();
    }

    @Test
    void unmetTargetImprovedEnoughAtTheImprovementShare() {
        String rule = "Unmet target's improvement judged";
        RuleHarness h = unmet(WindowKind.FINAL, 30, 60, Facts.target(30, "c", 11.5, 11.5, 11.5, 11.5));
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Improvement(30, "c", true)), h.facts(Improvement.class), "exactly the improvement share");
        assertEquals(List.of("c closed 50% of the gap from baseline 8 to goal 15 (judged value 11.5), at least the 50% needed."),
                improvementReasons(h));
        assertFalse(unmet(WindowKind.GATE, 0, 30, Facts.target(0, "c", 11.5, 11.5, 11.5, 11.5)).fired(rule),
                "the gate of a 60-day plan gives no partial credit");
        assertEquals(List.of(new Improvement(60, "c", true)),
                unmet(WindowKind.EXTENSION, 60, 74, Facts.target(60, "c", 11.5, 11.5, 11.5, 11.5)).facts(Improvement.class),
                "an extension ends in a final decision too");
    }

    @Test
    void unmetTargetDidNotImproveEnoughBelowTheShareOrWithoutAGap() {
        RuleHarness h = unmet(WindowKind.FINAL, 30, 60, Facts.target(30, "c", 11.4, 11.5, 11.5, 11.5));
        assertEquals(List.of(new Improvement(30, "c", false)), h.facts(Improvement.class));
        assertEquals(1, improvementReasons(h).size());
        assertTrue(improvementReasons(h).get(0).endsWith("less than the 50% needed."), improvementReasons(h)::toString);
        TargetWindow noGap = Facts.target(30, "c", true, Direction.AT_LEAST, Judged.EVERY_WEEK, 15, 15, 4, 14, 14, 14, 14);
        assertEquals(List.of(new Improvement(30, "c", false)), unmet(WindowKind.FINAL, 30, 60, noGap).facts(Improvement.class),
                "a goal equal to its baseline closes nothing");
        TargetWindow noGapMet = Facts.target(30, "c", true, Direction.AT_LEAST, Judged.EVERY_WEEK, 15, 15, 4, 15, 15, 15, 15);
        assertEquals(List.of(new Improvement(30, "c", false)), unmet(WindowKind.FINAL, 30, 60, noGapMet).facts(Improvement.class),
                "even at the goal, no gap means no improvement");
    }

    private static List<Need> needs(RuleHarness h) {
        return h.facts(Need.class);
    }

    @Test
    void everyWeekTargetStillNeedsEachRemainingWeek() {
        String rule = "Every-week target still needs each remaining week";
        RuleHarness h = gate(false, Facts.target(0, "c", 15, 16), 15, 16);
        assertTrue(h.fired(rule));
        assertEquals(2, needs(h).get(0).weeksLeft());
        assertEquals(OptionalDouble.of(15), needs(h).get(0).perWeek());
        assertFalse(gate(false, Facts.target(0, "c", 15, 14), 15, 14).fired(rule));
    }

    @Test
    void everyWeekTargetStillNeedsItsMissingWeeksRecorded() {
        String rule = "Every-week target still needs its missing weeks recorded";
        RuleHarness h = gate(false, Facts.target(0, "c", 15, Double.NaN), 15, Double.NaN);
        assertTrue(h.fired(rule));
        assertEquals(OptionalDouble.of(15), needs(h).get(0).perWeek());
        assertFalse(gate(false, Facts.target(0, "c", 14, Double.NaN), 14, Double.NaN).fired(rule),
                "a missed week cannot be made up anyway");
    }

    @Test
    void everyWeekTargetCanNoLongerPassThisWindow() {
        String rule = "Every-week target can no longer pass this window";
        RuleHarness h = gate(false, Facts.target(0, "c", 15, 14), 15, 14);
        assertTrue(h.fired(rule));
        assertEquals(OptionalDouble.empty(), needs(h).get(0).perWeek());
        assertFalse(gate(false, Facts.target(0, "c", 15, Double.NaN), 15, Double.NaN).fired(rule));
    }

    @Test
    void averageTargetStillNeedsItsMissingWeeksRecorded() {
        String rule = "Average target still needs its missing weeks recorded";
        TargetWindow gap = Facts.target(0, "c", true, Direction.AT_LEAST, Judged.AVERAGE, 8, 15, 4, 12, Double.NaN);
        RuleHarness h = gate(false, gap, 12, Double.NaN);
        assertTrue(h.fired(rule));
        assertEquals(OptionalDouble.empty(), needs(h).get(0).perWeek());
        assertTrue(needs(h).get(0).message().contains("has no data for week(s) [2]"), needs(h).get(0)::message);
        TargetWindow complete = Facts.target(0, "c", true, Direction.AT_LEAST, Judged.AVERAGE, 8, 15, 4, 12, 14);
        assertFalse(gate(false, complete, 12, 14).fired(rule), "no week lacks data");
    }

    @Test
    void averageTargetNeedsAMeanOverTheRemainingWeeks() {
        String rule = "Average target needs a mean over the remaining weeks";
        TargetWindow avg = Facts.target(0, "c", true, Direction.AT_LEAST, Judged.AVERAGE, 8, 15, 4, 12, 14);
        RuleHarness h = gate(false, avg, 12, 14);
        assertTrue(h.fired(rule));
        assertEquals(OptionalDouble.of(17), needs(h).get(0).perWeek());
        TargetWindow done = Facts.target(0, "c", true, Direction.AT_LEAST, Judged.AVERAGE, 8, 15, 4, 12, 14, 15, 15);
        assertFalse(gate(false, done, 12, 14, 15, 15).fired(rule), "no week left");
    }

    @Test
    void averageTargetCanNoLongerPassThisWindow() {
        String rule = "Average target can no longer pass this window";
        TargetWindow over = Facts.target(0, "c", true, Direction.AT_MOST, Judged.AVERAGE, 20, 10, 4, 21, 20);
        RuleHarness h = gate(false, over, 21, 20);
        assertTrue(h.fired(rule));
        assertEquals(OptionalDouble.empty(), needs(h).get(0).perWeek());
        TargetWindow atAllowance = Facts.target(0, "c", true, Direction.AT_MOST, Judged.AVERAGE, 20, 10, 4, 20, 20);
        assertFalse(gate(false, atAllowance, 20, 20).fired(rule), "0 in each remaining week still passes");
    }
}
