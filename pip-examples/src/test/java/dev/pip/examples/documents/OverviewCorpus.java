package dev.pip.examples.documents;

import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanJson;
import dev.pip.generate.PlanGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Writes a JSON Lines corpus of generated plans for measuring the overview by hand, each with a
 * manager (three per team) so that the overview's by-manager table has something to show:
 * {@code java -cp pip-examples/target/test-classes:pip-examples/target/pip.jar
 * dev.pip.examples.documents.OverviewCorpus /tmp/corpus.jsonl 10000}, then
 * {@code java -jar pip-examples/target/pip.jar report --overview --as-of 2026-12-31 /tmp/corpus.jsonl -o /tmp/overview.html}.
 */
final class OverviewCorpus {
    private OverviewCorpus() {
    }

    /** Writes {@code n} plans generated from {@code seed} to {@code file}, one per line. */
    static void write(Path file, int n, long seed) throws IOException {
        PlanGenerator generator = PlanGenerator.defaults();
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                PlanDocument plan = generator.next(random).plan();
                String team = plan.rep().team().orElse("team");
                PlanDocument managed = plan.toBuilder().planId(plan.planId() + "-" + i)
                        .manager(Optional.of("mgr-" + team + "-" + random.nextInt(3))).build();
                out.write(PlanJson.write(managed));
                out.newLine();
            }
        }
    }

    /**
     * {@code FILE N [SEED]}: writes N generated plans to FILE (seed 42 unless given). {@code --time FILE DATE}:
     * evaluates FILE's plans as of DATE on every core, then builds the overview, and prints the seconds each took.
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--time")) {
            time(Path.of(args[1]), java.time.LocalDate.parse(args[2]));
            return;
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42);
    }

    private static void time(Path file, java.time.LocalDate asOf) {
        dev.pip.rules.PipEngine engine = dev.pip.rules.PipEngine.withDefaultRules();
        java.util.List<PlanDocument> plans;
        try (var reads = PlanJson.readLines(file)) {
            plans = reads.map(r -> r.plan().orElseThrow()).toList();
        }
        long start = System.nanoTime();
        java.util.List<OverviewEntry> entries = plans.parallelStream()
                .map(p -> OverviewEntry.of(p, engine.evaluate(p, asOf))).toList();
        long evaluated = System.nanoTime();
        String page = Documents.overview(entries, asOf);
        long built = System.nanoTime();
        System.out.printf("%d plans: evaluated in %.1f s, overview (%d characters) built in %.2f s%n", plans.size(),
                (evaluated - start) / 1e9, page.length(), (built - evaluated) / 1e9);
    }
}
