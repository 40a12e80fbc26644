package dev.pip.examples.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's usual command-line options (e.g. {@code -f 1 -wi 2 -i 3
 * EngineBenchmarks.evaluateOne}), then prints plans per second of each batch and, for every
 * benchmark that both the engine and the reference evaluator have, the engine's time as a
 * multiple of the reference's.
 */
public final class BenchMain {
    private static final Map<String, Integer> PLANS = Map.of("batch10k", 10_000, "batch100k", 100_000);

    private BenchMain() {
    }

    /**
     * Runs JMH with {@code args} and prints the summary.
     *
     * @throws CommandLineOptionException when an option is not JMH's
     * @throws RunnerException when a benchmark fails
     */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        Map<String, Map<String, Double>> byMethod = new LinkedHashMap<>();
        for (RunResult r : results) {
            String full = r.getParams().getBenchmark();
            String method = full.substring(full.lastIndexOf('.') + 1);
            String side = full.contains("Reference") ? "reference" : "engine";
            double ms = toMillis(r.getPrimaryResult().getScore(), r.getParams().getTimeUnit().toString());
            byMethod.computeIfAbsent(method, k -> new LinkedHashMap<>()).put(side, ms);
        }
        System.out.println();
        System.out.println("summary (time per operation):");
        byMethod.forEach((method, sides) -> {
            StringBuilder line = new StringBuilder(String.format("%-16s", method));
            sides.forEach((side, ms) -> {
                line.append("  ").append(side).append(' ').append(time(ms));
                Integer plans = PLANS.get(method);
                if (plans != null) {
                    line.append(String.format(" (%.0f plans/s)", plans / (ms / 1000)));
                }
            });
            if (sides.keySet().containsAll(Set.of("engine", "reference"))) {
                line.append(String.format("  ratio %.1fx", sides.get("engine") / sides.get("reference")));
            }
            System.out.println(line);
        });
    }

    private static String time(double ms) {
        return ms >= 1 ? String.format("%.1f ms", ms) : String.format("%.3f us", ms * 1000);
    }

    private static double toMillis(double score, String unit) {
        return switch (unit) {
            case "NANOSECONDS" -> score / 1e6;
            case "MICROSECONDS" -> score / 1e3;
            case "SECONDS" -> score * 1e3;
            default -> score;
        };
    }
}
