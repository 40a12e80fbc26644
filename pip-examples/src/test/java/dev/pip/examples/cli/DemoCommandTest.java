package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Recommendation;
import dev.pip.examples.samples.SamplePlans;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
    @Test
    void demoPrintsASummaryThenAReportPerSample() {
        Cli.Result r = Cli.run("demo");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("pip demo: " + SamplePlans.names().size() + " sample plans as of 2026-11-20"),
                r::toString);
        for (var plan : SamplePlans.all().values()) {
            assertTrue(r.out().contains("Plan " + plan.planId() + " - "), plan.planId());
        }
        for (Decision d : Decision.values()) {
            assertTrue(r.out().contains("Decision:       " + d), d + " in the demo");
        }
        for (Recommendation rec : Recommendation.values()) {
            assertTrue(r.out().contains("Recommendation: " + rec), rec + " in the demo");
        }
        assertEquals("", r.err(), "the demo is quiet on stderr: " + r);
    }

    @Test
    void demoShowsTheDecisionsPeopleRecordedAndWhereTheRulesDiffer() {
        Cli.Result r = Cli.run("demo");
        assertTrue(r.out().contains("EXTEND on day 60 (2026-11-05), recorded by hr-4, then PASS on day 74 (2026-11-19)"),
                r::toString);
        assertTrue(r.out().contains("CONTINUE on day 35 (2026-10-20), recorded by mgr-8, then PASS on day 60"),
                r::toString);
        assertTrue(r.out().contains("Recorded decisions the rules decide differently (the records stand):"),
                r::toString);
    }

    @Test
    void demoTakesAnotherDate() {
        Cli.Result early = Cli.run("demo", "--as-of", "2026-07-01");
        assertEquals(0, early.code(), early::toString);
        assertTrue(early.out().startsWith("pip demo: " + SamplePlans.names().size() + " sample plans as of 2026-07-01"));
        assertNotEquals(Cli.run("demo").out().lines().skip(1).toList(), early.out().lines().skip(1).toList());
    }

    @Test
    void demoInJsonIsOneLinePerSample() {
        Cli.Result r = Cli.run("demo", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertEquals(SamplePlans.names().size(), r.outLines().size(), r::toString);
        assertTrue(r.outLines().stream().allMatch(l -> l.startsWith("{") && l.endsWith("}")), r::toString);
    }
}
