package dev.pip.examples.bench;

import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The plans every benchmark and {@code pip bench} work on: generated from a fixed seed, so every
 * run sees the same.
 */
public final class Workload {
    /** The seed of every benchmark's plans. */
    public static final long SEED = 42;

    private Workload() {
    }

    /** {@code n} plans of 4 behavioural targets with 12 weeks of data, each with its own as-of date. */
    public static List<GeneratedPlan> plans(int n) {
        return plans(n, SEED);
    }

    /** {@code n} plans as {@link #plans(int)}, generated from {@code seed}: same seed, same plans. */
    public static List<GeneratedPlan> plans(int n, long seed) {
        PlanGenerator generator = PlanGenerator.defaults().withBehaviouralTargets(4, 4).withWeeks(12);
        SplittableRandom random = new SplittableRandom(seed);
        List<GeneratedPlan> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(generator.next(random));
        }
        return List.copyOf(out);
    }
}
