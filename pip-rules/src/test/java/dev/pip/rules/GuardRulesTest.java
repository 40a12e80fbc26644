package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Finding;
import dev.pip.core.Judged;
import dev.pip.rules.facts.Guard;
import dev.pip.rules.facts.Reached;
import dev.pip.rules.facts.Tally;
import dev.pip.rules.facts.TrackedTrend;
import dev.pip.rules.facts.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One focused test per rule of guards.drl (DOMAIN.md sections 7, 8): the facts that fire it, and a near miss. */
class GuardRulesTest {
    private static final Verdict EXIT = new Verdict(1, 30, Decision.EXIT);

    private static Tally tally(double committed, double delivered, List<Integer> missed) {
        return new Tally(30, 4, committed, delivered, missed.size(), missed);
    }

    private static final Tally FINE = tally(4, 4, List.of());

    /** The guard findings (the plan checks also fire on these bare facts: they are left out). */
    private static List<String> codes(RuleHarness h) {
        return h.facts(Finding.class).stream().map(Finding::code)
                .filter(c -> c.equals("OUTCOME_LAGGING_DESPITE_BEHAVIOUR") || c.equals("TARGET_CONCENTRATED_IMPROVEMENT"))
                .toList();
    }

    @Test
    void verdictStands() {
        RuleHarness h = RuleHarness.run(new Verdict(1, 30, Decision.CONTINUE));
        assertTrue(h.fired("Verdict stands"));
        assertEquals(List.of(new Reached(Decision.CONTINUE, 30)), h.facts(Reached.class));
        assertFalse(RuleHarness.run(Facts.POLICY, EXIT, FINE).fired("Verdict stands"));
    }

    @Test
    void supportShortfall() {
        RuleHarness h = RuleHarness.run(Facts.POLICY, EXIT, tally(4, 3.19, List.of()));
        assertTrue(h.fired("Support shortfall"));
        assertEquals(List.of(new Guard(30, "SUPPORT_SHORTFALL")), h.facts(Guard.class));
        assertFalse(RuleHarness.run(Facts.POLICY, EXIT, tally(5, 4, List.of())).fired("Support shortfall"),
                "exactly 80% is not below it");
        assertFalse(RuleHarness.run(Facts.POLICY, new Verdict(1, 30, Decision.CONTINUE), tally(4, 0, List.of()))
                .fired("Support shortfall"), "only an EXIT is guarded");
    }

    @Test
    void missedCheckIns() {
        RuleHarness h = RuleHarness.run(Facts.POLICY, EXIT, tally(4, 4, List.of(1, 3)));
        assertTrue(h.fired("Missed check-ins"));
        assertEquals(List.of(new Guard(30, "MISSED_CHECK_INS")), h.facts(Guard.class));
        assertFalse(RuleHarness.run(Facts.POLICY, EXIT, tally(4, 4, List.of(3))).fired("Missed check-ins"));
    }

    @Test
    void exitStands() {
        RuleHarness h = RuleHarness.run(Facts.POLICY, EXIT, FINE);
        assertTrue(h.fired("Exit stands"));
        assertEquals(List.of(new Reached(Decision.EXIT, 30)), h.facts(Reached.class));
        RuleHarness guarded = RuleHarness.run(Facts.POLICY, EXIT, tally(4, 4, List.of(1, 2)));
        assertTrue(guarded.facts(Reached.class).stream().noneMatch(r -> r.decision() == Decision.EXIT));
    }

    @Test
    void hrReviewInPlaceOfExit() {
        RuleHarness h = RuleHarness.run(Facts.POLICY, EXIT, tally(4, 0, List.of(1, 2)));
        assertTrue(h.fired("HR review in place of exit"));
        assertEquals(List.of(new Reached(Decision.HR_REVIEW, 30)), h.facts(Reached.class), "in place of the EXIT");
        assertFalse(RuleHarness.run(EXIT, new Guard(60, "SUPPORT_SHORTFALL")).fired("HR review in place of exit"),
                "a guard of another day");
    }

    @Test
    void outcomeLaggingDespiteBehaviour() {
        String code = "OUTCOME_LAGGING_DESPITE_BEHAVIOUR";
        Verdict go = new Verdict(1, 30, Decision.CONTINUE);
        RuleHarness h = RuleHarness.run(go, Facts.target(1, "o", false, Direction.AT_LEAST, Judged.EVERY_WEEK,
                100, 150, 4, 100, 90, 110, 100));
        assertEquals(List.of(code), codes(h));
        assertTrue(h.fired("Outcome lagging despite behaviour"));
        assertEquals(List.of(), codes(RuleHarness.run(go, Facts.target(1, "o", false, Direction.AT_LEAST,
                Judged.EVERY_WEEK, 100, 150, 4, 100, 90, 110, 101))));
        assertEquals(List.of(), codes(RuleHarness.run(new Verdict(1, 30, Decision.EXIT), Facts.target(1, "o", false,
                Direction.AT_LEAST, Judged.EVERY_WEEK, 100, 150, 4, 100, 100, 100, 100))), "behaviour was not met");
        assertEquals(List.of(code), codes(RuleHarness.run(new Verdict(2, 60, Decision.PASS), Facts.target(2, "o", false,
                Direction.AT_MOST, Judged.EVERY_WEEK, 10, 5, 4, 10, 10, 10, 10))));
    }

    @Test
    void improvementConcentratedOnTheTargets() {
        String code = "TARGET_CONCENTRATED_IMPROVEMENT";
        Verdict pass = new Verdict(2, 60, Decision.PASS);
        RuleHarness flat = RuleHarness.run(pass, new TrackedTrend(2, "wr", "Win rate", Direction.AT_LEAST, true, 0.3, 0.3));
        assertTrue(flat.fired("Improvement concentrated on the targets"));
        assertEquals(List.of(code), codes(flat));
        assertEquals(List.of(), codes(RuleHarness.run(pass,
                new TrackedTrend(2, "wr", "Win rate", Direction.AT_LEAST, true, 0.3, 0.31))));
        assertEquals(List.of(), codes(RuleHarness.run(pass,
                new TrackedTrend(2, "wr", "Win rate", Direction.AT_LEAST, false, 0, 0))), "nothing to compare");
        assertEquals(List.of(code), codes(RuleHarness.run(pass,
                new TrackedTrend(2, "cycle", "Sales cycle", Direction.AT_MOST, true, 40, 41))));
        assertEquals(List.of(), codes(RuleHarness.run(new Verdict(2, 30, Decision.CONTINUE),
                new TrackedTrend(2, "wr", "Win rate", Direction.AT_LEAST, true, 0.3, 0.3))), "only at PASS");
    }
}
