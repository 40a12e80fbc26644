package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Diagnosis;
import dev.pip.core.Reason;
import dev.pip.core.Recommendation;
import dev.pip.core.RootCause;
import dev.pip.rules.facts.Applies;
import dev.pip.rules.facts.Explained;
import dev.pip.rules.facts.Hire;
import dev.pip.rules.facts.Recommended;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One focused test per rule of recommendation.drl (specification, section 1): the facts that fire it, and a near miss. */
class RecommendationRulesTest {

    /** A diagnosis for which no rule but "Skill or effort gap" applies, changed by the arguments. */
    private static Diagnosis d(RootCause cause, double months, boolean coached, boolean drop, boolean regressed,
            double team) {
        return new Diagnosis(cause, Optional.empty(), months, coached, drop, regressed, team, List.of(), false);
    }

    private static Diagnosis clean() {
        return d(RootCause.SKILL, 3, true, false, false, 0);
    }

    private static boolean fires(String rule, Object... facts) {
        return RuleHarness.run(facts).fired(rule);
    }

    @Test
    void repInRampOnTheStartDate() {
        String rule = "Rep in ramp on the start date";
        assertTrue(fires(rule, Facts.POLICY, clean(), Facts.plan(60, 0), new Hire(Plans.START.minusMonths(6).plusDays(1))));
        assertFalse(fires(rule, Facts.POLICY, clean(), Facts.plan(60, 0), new Hire(Plans.START.minusMonths(6))));
        assertFalse(fires(rule, Facts.POLICY, clean(), Facts.plan(60, 0)), "no hire date, no ramp rule");
    }

    @Test
    void teamWideShortfall() {
        String rule = "Team-wide shortfall";
        assertTrue(fires(rule, Facts.POLICY, d(RootCause.SKILL, 3, true, false, false, 0.5)));
        assertFalse(fires(rule, Facts.POLICY, d(RootCause.SKILL, 3, true, false, false, 0.49)));
    }

    @Test
    void environmentRootCause() {
        assertTrue(fires("Environment root cause", Facts.POLICY, d(RootCause.ENVIRONMENT, 3, true, false, false, 0)));
        assertFalse(fires("Environment root cause", Facts.POLICY, clean()));
    }

    @Test
    void wiringRootCause() {
        assertTrue(fires("Wiring root cause", Facts.POLICY, d(RootCause.WIRING, 3, true, false, false, 0)));
        assertFalse(fires("Wiring root cause", Facts.POLICY, clean()));
    }

    @Test
    void regressedAfterAnEarlierPip() {
        assertTrue(fires("Regressed after an earlier PIP", Facts.POLICY, d(RootCause.SKILL, 3, true, false, true, 0)));
        assertFalse(fires("Regressed after an earlier PIP", Facts.POLICY, clean()));
    }

    @Test
    void suddenDropOfAConsistentPerformer() {
        String rule = "Sudden drop of a consistent performer";
        assertTrue(fires(rule, Facts.POLICY, d(RootCause.SKILL, 3, true, true, false, 0)));
        assertFalse(fires(rule, Facts.POLICY, clean()));
    }

    @Test
    void underperformingTooBrieflyForAPip() {
        String rule = "Underperforming too briefly for a PIP";
        assertTrue(fires(rule, Facts.POLICY, d(RootCause.SKILL, 1.5, true, false, false, 0)));
        assertFalse(fires(rule, Facts.POLICY, d(RootCause.SKILL, 2, true, false, false, 0)));
    }

    @Test
    void noCoachingTriedYet() {
        assertTrue(fires("No coaching tried yet", Facts.POLICY, d(RootCause.SKILL, 3, false, false, false, 0)));
        assertFalse(fires("No coaching tried yet", Facts.POLICY, clean()));
    }

    @Test
    void skillOrEffortGap() {
        assertTrue(fires("Skill or effort gap", Facts.POLICY, clean()));
        assertTrue(fires("Skill or effort gap", Facts.POLICY, d(RootCause.EFFORT, 3, true, false, false, 0)));
        assertFalse(fires("Skill or effort gap", Facts.POLICY, d(RootCause.WIRING, 3, true, false, false, 0)));
    }

    private static Applies applies(Recommendation r) {
        return new Applies(r, new Reason("a rule", r + " applies.", Map.of()));
    }

    @Test
    void recommendationByPrecedence() {
        RuleHarness h = RuleHarness.run(applies(Recommendation.COACH_FIRST), applies(Recommendation.FIX_ENVIRONMENT),
                applies(Recommendation.PIP));
        assertTrue(h.fired("Recommendation by precedence"));
        assertEquals(List.of(new Recommended(Recommendation.FIX_ENVIRONMENT)), h.facts(Recommended.class));
        assertTrue(RuleHarness.run().facts(Recommended.class).isEmpty(), "nothing applies, nothing recommended");
    }

    @Test
    void decidingReasonOfTheRecommendation() {
        String rule = "Deciding reason of the recommendation";
        RuleHarness h = RuleHarness.run(applies(Recommendation.PIP), applies(Recommendation.COACH_FIRST));
        assertTrue(h.fired(rule));
        List<Explained> deciding = h.facts(Explained.class).stream()
                .filter(e -> e.reason().standing() == Reason.Standing.DECIDING).toList();
        assertEquals(List.of(new Explained(0, Recommendation.COACH_FIRST.ordinal(),
                applies(Recommendation.COACH_FIRST).reason().withStanding(Reason.Standing.DECIDING))), deciding,
                "the reason of the recommendation given, ranked by its precedence");
        assertFalse(RuleHarness.run(applies(Recommendation.PIP)).facts(Explained.class).isEmpty());
        assertFalse(RuleHarness.run(new Recommended(Recommendation.PIP)).fired(rule), "no condition holds for it");
    }

    @Test
    void outrankedReasonOfTheRecommendation() {
        String rule = "Outranked reason of the recommendation";
        RuleHarness h = RuleHarness.run(applies(Recommendation.PIP), applies(Recommendation.COACH_FIRST));
        assertTrue(h.fired(rule));
        List<Explained> outranked = h.facts(Explained.class).stream()
                .filter(e -> e.reason().standing() == Reason.Standing.OUTRANKED).toList();
        assertEquals(1, outranked.size());
        assertEquals(Recommendation.PIP.ordinal(), outranked.get(0).rank());
        assertTrue(outranked.get(0).reason().message().endsWith("COACH_FIRST takes precedence."),
                outranked.get(0).reason()::message);
        assertFalse(RuleHarness.run(applies(Recommendation.PIP)).fired(rule), "nothing outranks the only one");
    }

    @Test
    void twoRulesForTheSameRecommendationGiveOneRecommendation() {
        RuleHarness h = RuleHarness.run(Facts.POLICY, d(RootCause.SKILL, 1, false, false, false, 0));
        assertEquals(List.of(new Recommended(Recommendation.COACH_FIRST)), h.facts(Recommended.class));
    }
}
