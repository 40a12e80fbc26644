package dev.pip.examples.benchmarks;

import dev.pip.examples.bench.Workload;
import dev.pip.examples.reference.ReferenceEvaluation;
import dev.pip.examples.reference.ReferenceEvaluator;
import dev.pip.generate.GeneratedPlan;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The plain-Java reference evaluator on exactly the plans of {@link EngineBenchmarks}, method
 * for method, so that {@link BenchMain} can print the engine's cost as a multiple of it.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReferenceBenchmarks {
    /** The reference evaluator and the workloads, built once per run. */
    @State(Scope.Benchmark)
    public static class Reference {
        ReferenceEvaluator reference;
        List<GeneratedPlan> one;
        List<GeneratedPlan> batch10k;

        /** Builds the evaluator and generates the plans. */
        @Setup(Level.Trial)
        public void setUp() {
            reference = ReferenceEvaluator.withDefaultPolicy();
            one = Workload.plans(1_000);
            batch10k = Workload.plans(10_000);
        }
    }

    /** A cursor over the 1,000 plans of {@link #evaluateOne}, one per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** Building the reference evaluator. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReferenceEvaluator buildBundled() {
        return ReferenceEvaluator.withDefaultPolicy();
    }

    /** One evaluation, cycling through 1,000 plans. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ReferenceEvaluation evaluateOne(Reference r, Cursor c) {
        GeneratedPlan g = r.one.get(c.next++ % r.one.size());
        return r.reference.evaluate(g.plan(), g.asOf());
    }

    /** 10,000 plans on every core, each as of its own date. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void batch10k(Reference r, Blackhole bh) {
        r.batch10k.parallelStream().map(g -> r.reference.evaluate(g.plan(), g.asOf())).forEach(bh::consume);
    }

    /** 100,000 plans on every core, each as of its own date. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void batch100k(Reference r, EngineBenchmarks.Large l, Blackhole bh) {
        l.batch100k.parallelStream().map(g -> r.reference.evaluate(g.plan(), g.asOf())).forEach(bh::consume);
    }
}
