package dev.pip.rules;

import static dev.pip.rules.Scenarios.on;
import static dev.pip.rules.Scenarios.reasons;
import static dev.pip.rules.Scenarios.timeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Monitoring after a PASS on day 60 (weeks 9-17, closing on day 120) and regression (specification, section 7). */
class MonitoringScenarioTest {

    /** Passed on day 60 with every target at 16; monitoring weeks 9-17 at 16 too. */
    private static PlanDocument.Builder passed() {
        return Plans.observed(Plans.base(), 1, 17, w -> 16);
    }

    @Test
    void closedAfterCleanMonitoring() {
        Evaluation e = on(passed().build(), 120);
        assertEquals(List.of("CONTINUE@30", "PASS@60", "CLOSED@120"), timeline(e));
        assertEquals(1, reasons(e, "Monitoring closes clean").size());
        assertEquals(Decision.PASS, on(passed().build(), 119).decision(), "monitoring ends on day 120");
    }

    @Test
    void regressionOnTheDayTheSecondFailingWeekEnds() {
        PlanDocument.Builder b = passed();
        PlanDocument plan = b.observations(Plans.override(b, "demos", 11, 12, w -> 14)).build();
        assertEquals(Decision.PASS, on(plan, 83).decision(), "week 12 ends on day 84");
        Evaluation e = on(plan, 84);
        assertEquals(List.of("CONTINUE@30", "PASS@60", "REGRESSION@84"), timeline(e));
        Reason r = reasons(e, "Regression in monitoring").get(0);
        assertEquals("demos", r.evidence().get("target"));
        assertEquals("RE_DIAGNOSE", r.evidence().get("next"));
        assertTrue(r.message().contains("never"), r.message());
        assertEquals(List.of("CONTINUE@30", "PASS@60", "REGRESSION@84"), timeline(on(plan, 200)),
                "nothing is decided after a REGRESSION");
    }

    @Test
    void regressionLooksAtWeeklyValuesWhateverTheTargetIsJudgedBy() {
        PlanDocument.Builder b = Plans.base();
        b.targets(Plans.replaceTarget(b, Plans.target("calls", 8, 15, Direction.AT_LEAST, Judged.AVERAGE,
                Double.NaN, Double.NaN)));
        Plans.observed(b, 1, 17, w -> 16);
        PlanDocument plan = b.observations(Plans.override(b, "calls", 9, 17, w -> w == 13 || w == 14 ? 10 : 20))
                .build();
        assertEquals(List.of("CONTINUE@30", "PASS@60", "REGRESSION@98"), timeline(on(plan, 120)));
    }

    @Test
    void aWeekWithoutDataBreaksARegressionRun() {
        PlanDocument.Builder b = passed();
        b.observations(Plans.override(b, "demos", 11, 11, w -> 14));
        b.observations(Plans.without(b, "demos", 12));
        b.observations(Plans.override(b, "demos", 13, 13, w -> 14));
        Evaluation e = on(b.build(), 120);
        assertEquals(List.of("CONTINUE@30", "PASS@60", "INSUFFICIENT_DATA@120"), timeline(e),
                "missed, no data, missed is no run; the monitoring week without data blocks CLOSED");
    }

    @Test
    void missedWeeksOfDifferentTargetsAreNoRun() {
        PlanDocument.Builder b = passed();
        b.observations(Plans.override(b, "demos", 11, 11, w -> 14));
        b.observations(Plans.override(b, "calls", 12, 12, w -> 14));
        assertEquals(List.of("CONTINUE@30", "PASS@60", "CLOSED@120"), timeline(on(b.build(), 120)));
    }

    @Test
    void monitoringWeekWithoutDataTurnsClosedIntoInsufficientData() {
        PlanDocument.Builder b = passed();
        Evaluation e = on(b.observations(Plans.without(b, "followups", 15)).build(), 120);
        assertEquals(List.of("CONTINUE@30", "PASS@60", "INSUFFICIENT_DATA@120"), timeline(e));
        Reason r = reasons(e, "Monitoring week without data").get(0);
        assertEquals("followups", r.evidence().get("target"));
        assertEquals(List.of(15), r.evidence().get("missingWeeks"));
        assertEquals(List.of("followups week 15"), reasons(e, "Monitoring lacks data").get(0).evidence().get("missing"),
                "the deciding rule explains itself");
    }

    @Test
    void regressionCompletedInTheLastWeekWinsOverClosed() {
        PlanDocument.Builder b = passed();
        Evaluation e = on(b.observations(Plans.override(b, "calls", 16, 17, w -> 14)).build(), 150);
        assertEquals(List.of("CONTINUE@30", "PASS@60", "REGRESSION@119"), timeline(e));
    }

    @Test
    void regressionWinsOverAMonitoringWeekWithoutData() {
        PlanDocument.Builder b = passed();
        b.observations(Plans.without(b, "calls", 9));
        Evaluation e = on(b.observations(Plans.override(b, "demos", 16, 17, w -> 1)).build(), 150);
        assertEquals(List.of("CONTINUE@30", "PASS@60", "REGRESSION@119"), timeline(e));
    }

    @Test
    void twoTargetsRegressingOnTheSameDayMakeOneRegression() {
        PlanDocument.Builder b = passed();
        b.observations(Plans.override(b, "demos", 10, 11, w -> 1));
        Evaluation e = on(b.observations(Plans.override(b, "calls", 10, 11, w -> 1)).build(), 150);
        assertEquals(List.of("CONTINUE@30", "PASS@60", "REGRESSION@77"), timeline(e));
    }

    @Test
    void monitoringLastsMonitoringDaysAfterAPassAfterAnExtension() {
        PlanDocument plan = Plans.observed(Plans.base(), 1, 19, w -> w <= 4 ? 15 : w <= 8 ? 12 : 15).build();
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "PASS@74", "CLOSED@134"), timeline(on(plan, 134)));
    }
}
