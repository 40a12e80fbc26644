package dev.pip.examples.cli;

import dev.pip.examples.bench.SideBySide;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.reference.ReferenceEvaluator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pip bench}: the engine against the plain-Java reference evaluator, side by side. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Time the rule engine against the plain-Java reference evaluator.",
        description = {"Generates plans (4 behavioural targets, 12 weeks of data, as-of dates spread over their"
                + " lives so every decision occurs), warms both sides up (passes over at most "
                + SideBySide.WARM_UP_PLANS + " plans for --warm-up seconds, at least " + SideBySide.WARM_UP_PASSES
                + " passes), then evaluates every plan with the"
                + " bundled rules and with the reference evaluator, each on every core, in " + SideBySide.ROUNDS
                + " slices timed in turn (so a change of load weighs on both sides alike), and compares"
                + " recommendation, decision and timeline of every plan.",
                "Disagreeing plans are listed (at most " + SideBySide.MAX_DESCRIBED + ") and make the exit code 1."
                + " The last line is always:",
                "engine: <plans/s> plans/s, reference: <plans/s> plans/s, ratio <reference/engine speed>,"
                + " agree <n>/<N>"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--plans", paramLabel = "N", defaultValue = "10000",
            description = "How many generated plans each side evaluates (at least 1). Default: ${DEFAULT-VALUE}.")
    private int plans;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the generated plans: the same seed gives the same plans. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "" + SideBySide.DEFAULT_WARM_UP_SECONDS,
            description = "Seconds to warm both sides up before timing: the engine needs tens of thousands of"
                    + " evaluations to reach its steady speed. Default: ${DEFAULT-VALUE}.")
    private int warmUpSeconds;

    @Override
    public Integer call() {
        if (warmUpSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--warm-up must be at least 0, was " + warmUpSeconds);
        }
        if (plans < 1) {
            throw new ParameterException(spec.commandLine(), "--plans must be at least 1, was " + plans);
        }
        PrintWriter out = spec.commandLine().getOut();
        SideBySide.Result result = new SideBySide(Engines.bundled(), ReferenceEvaluator.withDefaultPolicy())
                .run(plans, seed, Duration.ofSeconds(warmUpSeconds));
        result.disagreeing().forEach(d -> out.println("disagree: " + d));
        out.println(result.summary());
        return result.agree() == result.plans() ? 0 : 1;
    }
}
