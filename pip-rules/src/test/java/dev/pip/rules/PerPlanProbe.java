package dev.pip.rules;

import dev.pip.core.Evaluation;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Not a test: a main measuring single-thread time per evaluation on generated plans (4
 * behavioural targets, 12 weeks), as rounds after a warm-up; the JMH benchmarks in
 * pip-examples are the reference numbers, this is the quick loop for trying changes.
 */
public final class PerPlanProbe {
    private PerPlanProbe() {
    }

    /** Args: plans per round (default 2000), rounds (default 10). */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        PlanGenerator generator = PlanGenerator.defaults().withBehaviouralTargets(4, 4).withWeeks(12);
        SplittableRandom random = new SplittableRandom(42);
        List<GeneratedPlan> plans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            plans.add(generator.next(random));
        }
        PipEngine engine = PipEngine.withDefaultRules();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] perPlan = new double[rounds];
        double[] cpuPerPlan = new double[rounds];
        long checksum = 0;
        for (int r = -3; r < rounds; r++) {
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            for (GeneratedPlan g : plans) {
                Evaluation e = engine.evaluate(g.plan(), g.asOf());
                checksum += e.decision().ordinal() + e.reasons().size();
            }
            long took = System.nanoTime() - start;
            long cpuTook = cpu.getCurrentThreadCpuTime() - cpuStart;
            if (r >= 0) {
                perPlan[r] = took / 1000.0 / n;
                cpuPerPlan[r] = cpuTook / 1000.0 / n;
            }
        }
        Arrays.sort(perPlan);
        Arrays.sort(cpuPerPlan);
        System.out.printf("per plan: wall median %.1f us (min %.1f), thread CPU median %.1f us (min %.1f); checksum %d%n",
                perPlan[rounds / 2], perPlan[0], cpuPerPlan[rounds / 2], cpuPerPlan[0], checksum);
    }
}
