package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.generate.PlanGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** The engine's batch entry points and its answers to null and out-of-range arguments. */
class EngineArgumentsTest {
    private static final PipEngine ENGINE = Scenarios.ENGINE;

    private static List<PlanDocument> plans(int n) {
        SplittableRandom random = new SplittableRandom(20261128L);
        List<PlanDocument> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(PlanGenerator.defaults().next(random).plan());
        }
        return out;
    }

    private static LocalDate asOf(List<PlanDocument> plans) {
        return plans.get(0).startDate().plusDays(45);
    }

    @Test
    void evaluateAllOnTheApplicationsExecutorGivesTheResultsOfOnePlanAtATimeInInputOrder() {
        List<PlanDocument> plans = plans(60);
        LocalDate asOf = asOf(plans);
        List<Evaluation> one = plans.stream().map(p -> ENGINE.evaluate(p, asOf)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            assertEquals(one, ENGINE.evaluateAll(plans, asOf, pool));
        } finally {
            pool.shutdown();
        }
        assertEquals(one, ENGINE.evaluateAll(plans, asOf));
    }

    @Test
    void anExecutorThatRefusesWorkIsReportedAsItsOwnException() {
        List<PlanDocument> plans = plans(2);
        assertThrows(RejectedExecutionException.class, () -> ENGINE.evaluateAll(plans, asOf(plans), task -> {
            throw new RejectedExecutionException("shut down");
        }));
    }

    @Test
    void everyPlanIsOneTaskOnTheExecutor() {
        List<PlanDocument> plans = plans(5);
        List<Runnable> handed = new ArrayList<>();
        List<Evaluation> all = ENGINE.evaluateAll(plans, asOf(plans), task -> {
            handed.add(task);
            task.run();
        });
        assertEquals(5, handed.size());
        assertEquals(plans.stream().map(PlanDocument::planId).toList(), all.stream().map(Evaluation::planId).toList());
    }

    @Test
    void nullArgumentsAreNamed() {
        PlanDocument plan = plans(1).get(0);
        LocalDate asOf = plan.startDate();
        assertMessage("plan must not be null", assertThrows(NullPointerException.class,
                () -> ENGINE.evaluate(null, asOf)));
        assertMessage("asOf must not be null", assertThrows(NullPointerException.class,
                () -> ENGINE.evaluate(plan, null)));
        assertMessage("plans must not be null", assertThrows(NullPointerException.class,
                () -> ENGINE.evaluateAll(null, asOf)));
        assertMessage("plans[1] must not be null", assertThrows(NullPointerException.class,
                () -> ENGINE.evaluateAll(Arrays.asList(plan, null), asOf)));
        assertMessage("executor must not be null", assertThrows(NullPointerException.class,
                () -> ENGINE.evaluateAll(List.of(plan), asOf, null)));
    }

    @Test
    void anAsOfOutsideTheYearsAPlanDocumentCanHoldIsRefusedWithTheDate() {
        PlanDocument plan = plans(1).get(0);
        for (LocalDate asOf : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(10_000, 1, 1))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ENGINE.evaluate(plan, asOf));
            assertMessage("asOf must lie in the years 0000 to 9999, was " + asOf, e);
        }
        assertEquals(plan.planId(), ENGINE.evaluate(plan, LocalDate.of(9999, 12, 31)).planId());
    }

    @Test
    void anEvaluationUnderTheEnginesPolicyCarriesTheEnginesRuleSetId() {
        for (PlanDocument plan : plans(20)) {
            if (plan.policy().isEmpty()) {
                assertEquals(ENGINE.ruleSet(), ENGINE.evaluate(plan, plan.startDate().plusDays(30)).ruleSet());
            }
        }
    }

    private static void assertMessage(String expected, Exception e) {
        assertTrue(String.valueOf(e.getMessage()).contains(expected), () -> "'" + expected + "' not in: " + e);
    }
}
