package dev.pip.examples.embedding;

import dev.pip.core.Decision;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanJson;
import dev.pip.core.json.PlanRead;
import dev.pip.rules.PipEngine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A nightly batch: read a JSON Lines file of plan documents lazily, evaluate every readable one,
 * count the decisions, and list the lines that could not be read without stopping the batch.
 */
public final class BatchExample {
    private BatchExample() {
    }

    /** {@code BatchExample PLANS.jsonl [YYYY-MM-DD]}. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: BatchExample PLANS.jsonl [YYYY-MM-DD]");
            System.exit(2);
        }
        LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
        run(Path.of(args[0]), asOf, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    /** Evaluates every document of {@code jsonl}; returns how many plans reached each decision. */
    public static Map<Decision, Integer> run(Path jsonl, LocalDate asOf, PrintWriter out) {
        PipEngine engine = PipEngine.withDefaultRules();
        Map<Decision, Integer> tally = new EnumMap<>(Decision.class);
        try (Stream<PlanRead> reads = PlanJson.readLines(jsonl)) {
            Stream<PlanDocument> plans = reads.flatMap(r -> {
                r.error().ifPresent(e -> e.problems().forEach(p -> out.println("skipped " + r.source() + ": " + p)));
                return r.plan().stream();
            });
            // evaluateStream is lazy: one plan in memory at a time, whatever the file's size.
            engine.evaluateStream(plans, asOf).forEach(e -> tally.merge(e.decision(), 1, Integer::sum));
        }
        tally.forEach((decision, count) -> out.println(decision + ": " + count));
        out.flush();
        return tally;
    }
}
