package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.PolicyParameter;
import dev.pip.core.json.PlanJson;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import dev.pip.rules.internal.WorkBudget;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * For any generated plan with policy values anywhere in their allowed ranges and any as-of up to
 * a century after the start, evaluation stays within the documented budgets: the work budget
 * ({@link PipEngine#DEFAULT_WORK_BUDGET}) and the firing limit ({@link PipEngine#DEFAULT_MAX_FIRINGS}),
 * both enforced by the engine, so an evaluation that returns is one that stayed within them.
 */
class WorkBudgetPropertyTest {
    private static final int TRIES = 150;
    private static final PlanGenerator GENERATOR = PlanGenerator.defaults().withEdgeCases(true);
    private static final PipEngine ENGINE = Scenarios.ENGINE;

    /** A plan with every policy parameter drawn from its whole range, as of up to a century after its start. */
    record Case(PlanDocument plan, LocalDate asOf) {
    }

    private static Case next(RandomGenerator r) {
        GeneratedPlan g = GENERATOR.next(r);
        Map<PolicyParameter, Double> values = new EnumMap<>(PolicyParameter.class);
        for (PolicyParameter p : PolicyParameter.all()) {
            double v = r.nextInt(4) == 0 ? (r.nextBoolean() ? p.min() : p.max())
                    : p.min() + r.nextDouble() * (p.max() - p.min());
            values.put(p, p.whole() ? Math.rint(v) : v);
        }
        values.put(PolicyParameter.GATE_DAY, Math.min(values.get(PolicyParameter.GATE_DAY), g.plan().windowDays()));
        PlanDocument plan = g.plan().toBuilder().policy(PolicyOverrides.of(values)).build();
        LocalDate asOf = plan.startDate().plusDays(r.nextInt(36_525 + 1));
        return new Case(plan, asOf);
    }

    @Test
    void everyPlanWithinTheAllowedRangesIsEvaluatedWithinTheBudgetsUpToACenturyLater() {
        Property.forAll("work within budget", TRIES, WorkBudgetPropertyTest::next)
                .describedBy(c -> "as of " + c.asOf() + "\n" + PlanJson.writePretty(c.plan()))
                .check(c -> {
                    Policy effective = ENGINE.policy().with(c.plan().policy());
                    long work = WorkBudget.of(c.plan(), effective, c.asOf());
                    assertTrue(work <= PipEngine.DEFAULT_WORK_BUDGET, () -> "work " + work);
                    Evaluation e = ENGINE.evaluate(c.plan(), c.asOf());
                    assertEquals(c.plan().planId(), e.planId());
                });
    }

    @Test
    void theLongestTimelineTheRangesAllowIsWellWithinTheBudget() {
        Policy longest = new Policy(90, 90, 3, 365, 36, 1, 36, 0, 52, 0, 52);
        PlanDocument plan = Plans.base().windowDays(90).build();
        long work = WorkBudget.of(plan, longest, plan.startDate().plusYears(100));
        // (3 targets + 1) x ((90 + 4 x 90 + 365) / 7 + 1) weeks + 61 entries
        assertEquals(4L * ((90 + 4 * 90 + 365) / 7 + 1) + 61, work);
        assertTrue(work * 100 < PipEngine.DEFAULT_WORK_BUDGET);
    }
}
