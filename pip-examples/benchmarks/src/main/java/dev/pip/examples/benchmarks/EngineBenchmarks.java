package dev.pip.examples.benchmarks;

import dev.pip.core.Evaluation;
import dev.pip.examples.bench.Workload;
import dev.pip.generate.GeneratedPlan;
import dev.pip.rules.BundledRules;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine: building it, one evaluation, and batches of 10,000 and 100,000 plans on every
 * core. {@link ReferenceBenchmarks} has the same methods for the reference
 * evaluator; {@link BenchMain} prints their ratios.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmarks {
    /** One engine with the bundled rules and the workloads, built once per run. */
    @State(Scope.Benchmark)
    public static class Engine {
        PipEngine engine;
        List<GeneratedPlan> one;
        List<GeneratedPlan> batch10k;

        /** Builds the engine and generates the plans. */
        @Setup(Level.Trial)
        public void setUp() {
            engine = PipEngine.withDefaultRules();
            one = Workload.plans(1_000);
            batch10k = Workload.plans(10_000);
        }
    }

    /** 100,000 plans, generated only for the benchmark that needs them. */
    @State(Scope.Benchmark)
    public static class Large {
        List<GeneratedPlan> batch100k;

        /** Generates the plans. */
        @Setup(Level.Trial)
        public void setUp() {
            batch100k = Workload.plans(100_000);
        }
    }

    /** A cursor over the 1,000 plans of {@link #evaluateOne}, one per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** A copy of the bundled rules with one comment more: other texts, so they compile at start-up. */
    @State(Scope.Benchmark)
    public static class Folder {
        Path dir;

        /** Exports the rules. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("pip-bench-rules");
            BundledRules.exportTo(dir);
            Path gate = dir.resolve("gate.drl");
            Files.writeString(gate, Files.readString(gate) + "\n// benchmark copy\n");
        }

        /** Deletes the copy. */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Building an engine of the bundled rules, precompiled at build time. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PipEngine buildBundled() {
        return PipEngine.withDefaultRules();
    }

    /** Building an engine of a rule folder, compiled at start-up ({@code --rules DIR}). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PipEngine buildFromFolder(Folder folder) {
        return PipEngine.builder().rules(folder.dir).build();
    }

    /** One evaluation, cycling through 1,000 plans. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Evaluation evaluateOne(Engine e, Cursor c) {
        GeneratedPlan g = e.one.get(c.next++ % e.one.size());
        return e.engine.evaluate(g.plan(), g.asOf());
    }

    /** 10,000 plans on every core, each as of its own date. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void batch10k(Engine e, Blackhole bh) {
        e.batch10k.parallelStream().map(g -> e.engine.evaluate(g.plan(), g.asOf())).forEach(bh::consume);
    }

    /** 100,000 plans on every core, each as of its own date. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void batch100k(Engine e, Large l, Blackhole bh) {
        l.batch100k.parallelStream().map(g -> e.engine.evaluate(g.plan(), g.asOf())).forEach(bh::consume);
    }
}
