package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.CheckpointStatus;
import dev.pip.core.Decision;
import dev.pip.rules.Facts.Decided;
import dev.pip.rules.facts.Explained;
import dev.pip.rules.facts.RegressionRun;
import dev.pip.rules.facts.WeekResult;
import dev.pip.rules.facts.WindowKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One focused test per rule of monitoring.drl (specification, section 7): the facts that fire it,
 * and a near miss. The monitoring window is opened by timeline.drl (see {@link TimelineRulesTest}).
 */
class MonitoringRulesTest {

    /** The monitoring window (id 60) after a PASS on day 60 (weeks 9-17), with target c's weekly values from week 9. */
    private static RuleHarness monitoring(boolean reached, double... weekly) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < weekly.length; i++) {
            values.add(Facts.week(60, "c", 9 + i, weekly[i], 15));
        }
        return RuleHarness.run(Facts.POLICY, Facts.windowWith(WindowKind.MONITORING, 60, 120, reached, values.toArray()));
    }

    @Test
    void consecutiveMissedMonitoringWeeks() {
        String rule = "Consecutive missed monitoring weeks";
        RuleHarness h = monitoring(false, 15, 14, 14);
        assertTrue(h.fired(rule));
        assertEquals(List.of(new RegressionRun(60, "c", 11, 77)), h.facts(RegressionRun.class));
        assertFalse(monitoring(false, 14, Double.NaN, 14).fired(rule), "a week without data breaks the run");
        assertFalse(monitoring(false, 14, 15, 14).fired(rule));
    }

    @Test
    void regressionInMonitoring() {
        String rule = "Regression in monitoring";
        RuleHarness h = monitoring(false, 14, 14, 14);
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(60, 70, Decision.REGRESSION)), Facts.reached(h), "the first run only, on day 70");
        Explained why = h.facts(Explained.class).stream().filter(e -> e.reason().rule().equals(rule)).findFirst()
                .orElseThrow();
        assertEquals("RE_DIAGNOSE", why.reason().evidence().get("next"));
        assertFalse(monitoring(false, 14, 15, 14).fired(rule));
    }

    @Test
    void monitoringClosesClean() {
        String rule = "Monitoring closes clean";
        RuleHarness h = monitoring(true, 15, 15, 14, 15, 15, 15, 15, 15, 15);
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(60, 120, Decision.CLOSED)), Facts.reached(h));
        assertFalse(monitoring(false, 15, 15, 15).fired(rule), "not before day 120");
        assertFalse(monitoring(true, 15, 15, 15, 15, 15, 15, 15, 14, 14).fired(rule), "a regression in the last week wins");
    }

    @Test
    void monitoringLacksData() {
        String rule = "Monitoring lacks data";
        RuleHarness h = monitoring(true, 15, 15, 15, Double.NaN, 15, 15, 15, 15, 15);
        assertTrue(h.fired(rule));
        assertEquals(List.of(new Decided(60, 120, Decision.INSUFFICIENT_DATA)), Facts.reached(h));
        RuleHarness outcomeOnly = RuleHarness.run(Facts.POLICY, Facts.window(WindowKind.MONITORING, 60, 120, true),
                new WeekResult(60, "o", false, 9, CheckpointStatus.NO_DATA, 0, 5, true));
        assertFalse(outcomeOnly.fired(rule), "missing outcome data blocks nothing");
        assertEquals(List.of(new Decided(60, 120, Decision.CLOSED)), Facts.reached(outcomeOnly));
    }

    @Test
    void monitoringWeekWithoutData() {
        String rule = "Monitoring week without data";
        RuleHarness h = monitoring(true, 15, 15, 15, Double.NaN, 15, 15, 15, 15, 15);
        assertTrue(h.fired(rule));
        Explained why = h.facts(Explained.class).stream().filter(e -> e.reason().rule().equals(rule)).findFirst()
                .orElseThrow();
        assertEquals(List.of(12), why.reason().evidence().get("missingWeeks"));
        assertEquals(120, why.day());
        assertFalse(monitoring(false, 15, 15, 15, Double.NaN).fired(rule), "not before day 120");
    }

    /**
     * Monitoring due on day 120 (weeks 9-17, all met) and closed by a record on day 141: weeks 18-20
     * are in the weekly checkpoint only, each as given (NaN for no data).
     */
    private static RuleHarness closedLate(double week18, double week19, double week20) {
        List<Object> values = new ArrayList<>();
        for (int week = 9; week <= 17; week++) {
            values.add(Facts.week(60, "c", week, 15, 15));
        }
        values.add(Facts.shownWeek(60, "c", 18, week18, 15));
        values.add(Facts.shownWeek(60, "c", 19, week19, 15));
        values.add(Facts.shownWeek(60, "c", 20, week20, 15));
        return RuleHarness.run(Facts.POLICY, Facts.windowWith(WindowKind.MONITORING, 60, 120, true, values.toArray()));
    }

    @Test
    void weeksShownAfterMonitoringDecideNothing() {
        RuleHarness missed = closedLate(14, 14, 14);
        assertEquals(3, missed.facts(WeekResult.class).stream()
                .filter(r -> !r.judged() && r.status() == CheckpointStatus.NOT_MET).count(), "shown, each NOT_MET");
        assertFalse(missed.fired("Consecutive missed monitoring weeks"), "three shown misses are no regression run");
        assertEquals(List.of(new Decided(60, 120, Decision.CLOSED)), Facts.reached(missed));
        RuleHarness noData = closedLate(15, Double.NaN, 15);
        assertFalse(noData.fired("Monitoring lacks data"), "a shown week without data does not hold monitoring open");
        assertFalse(noData.fired("Monitoring week without data"));
        assertEquals(List.of(new Decided(60, 120, Decision.CLOSED)), Facts.reached(noData));
    }
}
