package dev.pip.examples.bench;

import dev.pip.core.Evaluation;
import dev.pip.examples.reference.ReferenceEvaluation;
import dev.pip.examples.reference.ReferenceEvaluator;
import dev.pip.generate.GeneratedPlan;
import dev.pip.rules.PipEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The engine and the plain-Java reference evaluator on the same generated plans in one process:
 * both warmed up, then each timed over every plan with the same parallel pipeline (every core),
 * slice by slice in turn, and every decision, recommendation and timeline compared. What {@code pip bench} prints.
 */
public final class SideBySide {
    /** How many plans the warm-up passes use at most. */
    public static final int WARM_UP_PLANS = 10_000;
    /** Passes over the warm-up plans each side makes at least, however short the warm-up time. */
    public static final int WARM_UP_PASSES = 2;
    /**
     * The warm-up seconds {@code pip bench} uses by default. The engine runs through tens of thousands
     * of evaluations before the JIT has compiled Drools' paths: after two passes over 10,000 plans it
     * ran at a third of its steady speed, measured on 2 cores.
     */
    public static final int DEFAULT_WARM_UP_SECONDS = 15;
    /**
     * The timed plans go in this many slices, each timed on the engine then on the reference, so a
     * change of machine load during the run weighs on both sides alike.
     */
    public static final int ROUNDS = 10;
    /** At most this many disagreeing plans are described. */
    public static final int MAX_DESCRIBED = 10;

    private final PipEngine engine;
    private final ReferenceEvaluator reference;

    /** Compares {@code engine} with {@code reference}. */
    public SideBySide(PipEngine engine, ReferenceEvaluator reference) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /**
     * What one run measured.
     *
     * @param plans          how many plans were evaluated by each side
     * @param enginePerSec   the engine's plans per second
     * @param referencePerSec the reference's plans per second
     * @param agree          how many plans both sides decided the same way
     * @param disagreeing    the first {@value #MAX_DESCRIBED} disagreeing plans: id, as-of and both answers
     */
    public record Result(int plans, double enginePerSec, double referencePerSec, int agree, List<String> disagreeing) {
        /** Copies the list. */
        public Result {
            disagreeing = List.copyOf(disagreeing);
        }

        /** How many times faster the reference is per plan than the engine. */
        public double ratio() {
            return referencePerSec / enginePerSec;
        }

        /** {@code engine: <plans/s> plans/s, reference: <plans/s> plans/s, ratio <x>, agree <n>/<N>}. */
        public String summary() {
            return String.format(Locale.ROOT,
                    "engine: %.0f plans/s, reference: %.0f plans/s, ratio %.1f, agree %d/%d",
                    enginePerSec, referencePerSec, ratio(), agree, plans);
        }
    }

    /**
     * Generates {@code plans} plans from {@code seed} (see {@link Workload}), warms up, times and compares.
     *
     * @param warmUp how long to warm up at least: passes over the first {@value #WARM_UP_PLANS} plans, the
     *               engine then the reference, until this time has passed and each side made
     *               {@value #WARM_UP_PASSES} passes
     */
    public Result run(int plans, long seed, Duration warmUp) {
        if (plans < 1) {
            throw new IllegalArgumentException("plans must be >= 1, was " + plans);
        }
        Objects.requireNonNull(warmUp, "warmUp");
        List<GeneratedPlan> workload = Workload.plans(plans, seed);
        List<GeneratedPlan> warmUpPlans = workload.subList(0, Math.min(plans, WARM_UP_PLANS));
        long until = System.nanoTime() + warmUp.toNanos();
        for (int pass = 0; pass < WARM_UP_PASSES || System.nanoTime() - until < 0; pass++) {
            all(warmUpPlans, this::engine);
            all(warmUpPlans, this::reference);
        }
        List<Evaluation> engineSide = new ArrayList<>(plans);
        List<ReferenceEvaluation> referenceSide = new ArrayList<>(plans);
        long engineNanos = 0;
        long referenceNanos = 0;
        int rounds = Math.min(ROUNDS, plans);
        for (int round = 0; round < rounds; round++) {
            List<GeneratedPlan> slice = workload.subList((int) ((long) plans * round / rounds),
                    (int) ((long) plans * (round + 1) / rounds));
            long t0 = System.nanoTime();
            engineSide.addAll(all(slice, this::engine));
            long t1 = System.nanoTime();
            referenceSide.addAll(all(slice, this::reference));
            engineNanos += t1 - t0;
            referenceNanos += System.nanoTime() - t1;
        }
        int agree = 0;
        List<String> disagreeing = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            Evaluation e = engineSide.get(i);
            ReferenceEvaluation r = referenceSide.get(i);
            if (same(e, r)) {
                agree++;
            } else if (disagreeing.size() < MAX_DESCRIBED) {
                disagreeing.add(e.planId() + " as of " + e.asOf() + ": engine " + e.recommendation() + " "
                        + e.decision() + " " + e.timeline() + ", reference " + r.recommendation() + " "
                        + r.decision() + " " + r.timeline());
            }
        }
        return new Result(plans, perSecond(plans, engineNanos), perSecond(plans, referenceNanos), agree, disagreeing);
    }

    /** The same recommendation, decision, timeline and human-review flag. */
    static boolean same(Evaluation e, ReferenceEvaluation r) {
        return e.recommendation() == r.recommendation() && e.decision() == r.decision()
                && e.timeline().equals(r.timeline()) && e.humanReviewRequired() == r.humanReviewRequired();
    }

    private Evaluation engine(GeneratedPlan g) {
        return engine.evaluate(g.plan(), g.asOf());
    }

    private ReferenceEvaluation reference(GeneratedPlan g) {
        return reference.evaluate(g.plan(), g.asOf());
    }

    /** Every plan through {@code side} on every core (as {@link PipEngine#evaluateAll}), results in input order. */
    private static <T> List<T> all(List<GeneratedPlan> plans, Function<GeneratedPlan, T> side) {
        return plans.parallelStream().map(side).toList();
    }

    private static double perSecond(int plans, long nanos) {
        return plans / (Math.max(nanos, 1) / 1e9);
    }
}
