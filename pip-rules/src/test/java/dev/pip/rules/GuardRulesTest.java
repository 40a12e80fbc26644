package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.CheckIn;
import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Finding;
import dev.pip.core.Judged;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.rules.Facts.Decided;
import dev.pip.rules.facts.Guard;
import dev.pip.rules.facts.PlanWeeks;
import dev.pip.rules.facts.TrackedTrend;
import dev.pip.rules.facts.Verdict;
import dev.pip.rules.facts.WindowKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One focused test per rule of guards.drl (specification, sections 7, 8): the facts that fire it, and a near miss. */
class GuardRulesTest {
    private static final Verdict EXIT = Facts.verdict(0, 30, Decision.EXIT);

    /**
     * The plan's support and check-ins as of day 30 (weeks 1-4): {@code committed} support over
     * the four weeks, {@code delivered} in week 1, a check-in held every week but {@code missed}.
     */
    private static PlanWeeks support(double committed, double delivered, List<Integer> missed) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            checkIns.add(new CheckIn(week, !missed.contains(week), Optional.empty()));
        }
        return Facts.weeks(Plans.base().support(List.of(new SupportCommitment("COACHING", committed / 4)))
                .supportDelivered(List.of(new SupportDelivery("COACHING", 1, delivered))).checkIns(checkIns).build(), 30);
    }

    private static final PlanWeeks FINE = support(4, 4, List.of());

    /** The guard findings (the plan checks also fire on these bare facts: they are left out). */
    private static List<String> codes(RuleHarness h) {
        return h.facts(Finding.class).stream().map(Finding::code)
                .filter(c -> c.equals("OUTCOME_LAGGING_DESPITE_BEHAVIOUR") || c.equals("TARGET_CONCENTRATED_IMPROVEMENT"))
                .toList();
    }

    @Test
    void verdictStands() {
        RuleHarness h = RuleHarness.run(Facts.verdict(0, 30, Decision.CONTINUE));
        assertTrue(h.fired("Verdict stands"));
        assertEquals(List.of(new Decided(0, 30, Decision.CONTINUE)), Facts.rulings(h));
        assertFalse(RuleHarness.run(Facts.POLICY, EXIT, FINE).fired("Verdict stands"));
    }

    @Test
    void supportShortfall() {
        RuleHarness h = RuleHarness.run(Facts.POLICY, EXIT, support(4, 3.19, List.of()));
        assertTrue(h.fired("Support shortfall"));
        assertEquals(List.of(new Guard(30, "SUPPORT_SHORTFALL")), h.facts(Guard.class));
        assertFalse(RuleHarness.run(Facts.POLICY, EXIT, support(5, 4, List.of())).fired("Support shortfall"),
                "exactly 80% is not below it");
        assertFalse(RuleHarness.run(Facts.POLICY, Facts.verdict(0, 30, Decision.CONTINUE), support(4, 0, List.of()))
                .fired("Support shortfall"), "only an EXIT is guarded");
    }

    @Test
    void missedCheckIns() {
        RuleHarness h = RuleHarness.run(Facts.POLICY, EXIT, support(4, 4, List.of(1, 3)));
        assertTrue(h.fired("Missed check-ins"));
        assertEquals(List.of(new Guard(30, "MISSED_CHECK_INS")), h.facts(Guard.class));
        assertFalse(RuleHarness.run(Facts.POLICY, EXIT, support(4, 4, List.of(3))).fired("Missed check-ins"));
    }

    @Test
    void exitStands() {
        RuleHarness h = RuleHarness.run(Facts.POLICY, EXIT, FINE);
        assertTrue(h.fired("Exit stands"));
        assertEquals(List.of(new Decided(0, 30, Decision.EXIT)), Facts.rulings(h));
        RuleHarness guarded = RuleHarness.run(Facts.POLICY, EXIT, support(4, 4, List.of(1, 2)));
        assertFalse(guarded.fired("Exit stands"));
        assertTrue(guarded.facts(dev.pip.rules.facts.Ruling.class).stream().noneMatch(r -> r.decision() == Decision.EXIT));
    }

    @Test
    void hrReviewInPlaceOfExit() {
        RuleHarness h = RuleHarness.run(Facts.POLICY, EXIT, support(4, 0, List.of(1, 2)));
        assertTrue(h.fired("HR review in place of exit"));
        assertEquals(List.of(new Decided(0, 30, Decision.HR_REVIEW)), Facts.rulings(h), "in place of the EXIT");
        assertFalse(RuleHarness.run(EXIT, new Guard(60, "SUPPORT_SHORTFALL")).fired("HR review in place of exit"),
                "a guard of another day");
    }

    /** A verdict on the gate window (id 0) whose only target is outcome target o with these weekly values. */
    private static RuleHarness outcome(Decision decision, Direction direction, double baseline, double goal,
            double... weekly) {
        return RuleHarness.run(Facts.verdict(0, 30, decision), Facts.windowWith(WindowKind.GATE, 0, 30, true,
                Facts.target(0, "o", false, direction, Judged.EVERY_WEEK, baseline, goal, 4, weekly)));
    }

    @Test
    void outcomeLaggingDespiteBehaviour() {
        String code = "OUTCOME_LAGGING_DESPITE_BEHAVIOUR";
        RuleHarness h = outcome(Decision.CONTINUE, Direction.AT_LEAST, 100, 150, 100, 90, 110, 100);
        assertEquals(List.of(code), codes(h));
        assertTrue(h.fired("Outcome lagging despite behaviour"));
        assertEquals(List.of(), codes(outcome(Decision.CONTINUE, Direction.AT_LEAST, 100, 150, 100, 90, 110, 101)));
        assertEquals(List.of(), codes(outcome(Decision.EXIT, Direction.AT_LEAST, 100, 150, 100, 100, 100, 100)),
                "behaviour was not met");
        assertEquals(List.of(code), codes(outcome(Decision.PASS, Direction.AT_MOST, 10, 5, 10, 10, 10, 10)));
        assertEquals(List.of(), codes(RuleHarness.run(Facts.verdict(0, 30, Decision.CONTINUE),
                Facts.windowWith(WindowKind.GATE, 0, 30, true, Facts.target(0, "o", false, Direction.AT_LEAST,
                        Judged.EVERY_WEEK, 100, 150, 4, 100, 90, 110)))), "the window's weeks are not complete");
    }

    /** A verdict on the final window (id 30) whose tracked metric moved as given. */
    private static RuleHarness trend(Decision decision, TrackedTrend trend) {
        return RuleHarness.run(Facts.verdict(30, 60, decision), Facts.windowWith(WindowKind.FINAL, 30, 60, true, trend));
    }

    @Test
    void improvementConcentratedOnTheTargets() {
        String code = "TARGET_CONCENTRATED_IMPROVEMENT";
        RuleHarness flat = trend(Decision.PASS, new TrackedTrend(30, "wr", "Win rate", Direction.AT_LEAST, true, 0.3, 0.3));
        assertTrue(flat.fired("Improvement concentrated on the targets"));
        assertEquals(List.of(code), codes(flat));
        assertEquals(List.of(), codes(trend(Decision.PASS,
                new TrackedTrend(30, "wr", "Win rate", Direction.AT_LEAST, true, 0.3, 0.31))));
        assertEquals(List.of(), codes(trend(Decision.PASS,
                new TrackedTrend(30, "wr", "Win rate", Direction.AT_LEAST, false, 0, 0))), "nothing to compare");
        assertEquals(List.of(code), codes(trend(Decision.PASS,
                new TrackedTrend(30, "cycle", "Sales cycle", Direction.AT_MOST, true, 40, 41))));
        assertEquals(List.of(), codes(trend(Decision.CONTINUE,
                new TrackedTrend(30, "wr", "Win rate", Direction.AT_LEAST, true, 0.3, 0.3))), "only at PASS");
    }
}
