package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by threads decides exactly like one thread, and the same input always alike (specification, section 9). */
class ConcurrencyTest {
    private static final long SEED = 20261123L;
    private static final int PLANS = 160;

    private static List<PlanDocument> plans() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<PlanDocument> out = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            GeneratedPlan g = PlanGenerator.defaults().withPolicyOverrides(true).next(random);
            out.add(g.plan());
        }
        return out;
    }

    private static LocalDate asOf(PlanDocument p, int i) {
        return p.startDate().plusDays(i * 37L % 200);
    }

    @Test
    void eightThreadsSharingOneEngineGiveTheSameResultsAsOneThread() throws Exception {
        List<PlanDocument> plans = plans();
        List<Evaluation> sequential = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            sequential.add(Scenarios.ENGINE.evaluate(plans.get(i), asOf(plans.get(i), i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Evaluation>> futures = new ArrayList<>();
            for (int i = plans.size() - 1; i >= 0; i--) {
                int n = i;
                Callable<Evaluation> task = () -> Scenarios.ENGINE.evaluate(plans.get(n), asOf(plans.get(n), n));
                futures.add(pool.submit(task));
            }
            for (int i = 0; i < plans.size(); i++) {
                assertEquals(sequential.get(plans.size() - 1 - i), futures.get(i).get(), "seed " + SEED + ", plan " + i);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theBatchMethodGivesTheSameResultsInInputOrder() {
        List<PlanDocument> plans = plans();
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        List<Evaluation> batch = Scenarios.ENGINE.evaluateAll(plans, asOf);
        for (int i = 0; i < plans.size(); i++) {
            assertEquals(Scenarios.ENGINE.evaluate(plans.get(i), asOf), batch.get(i), "seed " + SEED + ", plan " + i);
        }
    }

    @Test
    void sameInputAndRuleSetGiveTheSameEvaluationAlways() {
        PlanDocument plan = Plans.observed(Plans.base(), 1, 10, w -> w <= 4 ? 15 : w <= 8 ? 12 : 9).build();
        Evaluation first = Scenarios.ENGINE.evaluate(plan, Plans.day(80));
        for (int i = 0; i < 20; i++) {
            assertEquals(first, Scenarios.ENGINE.evaluate(plan, Plans.day(80)));
        }
    }
}
