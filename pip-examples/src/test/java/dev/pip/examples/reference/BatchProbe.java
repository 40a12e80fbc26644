package dev.pip.examples.reference;

import dev.pip.core.PlanDocument;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.rules.PipEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Not a test: a main timing 10,000 generated plans (4 behavioural targets, 12 weeks) through
 * {@code PipEngine.evaluateAll} on every core, and the reference evaluator on the same plans in
 * the same run. Args: measured rounds (default 7), after two warm-up rounds; medians printed.
 */
public final class BatchProbe {
    private BatchProbe() {
    }

    /** Runs the rounds and prints plans per second and the ratio to the reference. */
    public static void main(String[] a) {
        int n = 10_000, rounds = Integer.parseInt(a.length > 0 ? a[0] : "7");
        PlanGenerator gen = PlanGenerator.defaults().withBehaviouralTargets(4, 4).withWeeks(12);
        SplittableRandom r = new SplittableRandom(42);
        List<GeneratedPlan> plans = new ArrayList<>();
        for (int i = 0; i < n; i++) plans.add(gen.next(r));
        // evaluateAll takes one as-of: each plan shifted so that its own as-of falls on one common date
        // is not possible without changing plans, so take the median as-of of the batch for every plan.
        List<LocalDate> dates = plans.stream().map(GeneratedPlan::asOf).sorted().toList();
        LocalDate asOf = dates.get(n / 2);
        List<PlanDocument> docs = plans.stream().map(GeneratedPlan::plan).toList();
        PipEngine engine = PipEngine.withDefaultRules();
        ReferenceEvaluator ref = ReferenceEvaluator.withDefaultPolicy();
        double[] e = new double[rounds], f = new double[rounds], rf = new double[rounds], rs = new double[rounds];
        long sink = 0;
        for (int k = -2; k < rounds; k++) {
            long t0 = System.nanoTime();
            sink += engine.evaluateAll(docs, asOf).size();
            long t1 = System.nanoTime();
            sink += plans.parallelStream().map(g -> engine.evaluate(g.plan(), g.asOf())).toList().size();
            long t2 = System.nanoTime();
            sink += docs.parallelStream().map(p -> ref.evaluate(p, asOf)).toList().size();
            long t3 = System.nanoTime();
            for (PlanDocument p : docs) sink += ref.evaluate(p, asOf).hashCode() & 1;
            long t4 = System.nanoTime();
            if (k >= 0) { e[k] = t1 - t0; f[k] = t2 - t1; rf[k] = t3 - t2; rs[k] = t4 - t3; }
        }
        Arrays.sort(e); Arrays.sort(f); Arrays.sort(rf); Arrays.sort(rs);
        double em = e[rounds / 2] / 1e9, fm = f[rounds / 2] / 1e9, rm = rf[rounds / 2] / 1e9;
        System.out.printf("evaluateAll(10,000, asOf %s): %.0f plans/s (%.1f us/plan wall on %d cores)%n", asOf, n / em, em * 1e6 / n, Runtime.getRuntime().availableProcessors());
        System.out.printf("parallel evaluate, own as-of: %.0f plans/s%n", n / fm);
        System.out.printf("reference parallel same batch: %.0f plans/s; ratio %.1fx%n", n / rm, em / rm);
        System.out.printf("reference one thread: %.2f us/plan (sink %d)%n", rs[rounds / 2] / 1e3 / n, sink);
    }
}
