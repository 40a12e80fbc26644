package dev.pip.examples.cli;

import dev.pip.core.json.PlanJson;
import dev.pip.generate.PlanGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a JSON Lines file of generated plans (4 behavioural targets, 12 weeks), one plan at a
 * time, so files of millions of lines take no memory. Also a main for measuring by hand:
 * {@code java -cp pip-examples/target/test-classes:pip-examples/target/pip.jar
 * dev.pip.examples.cli.GeneratedJsonLines /tmp/big.jsonl 1000000}.
 */
final class GeneratedJsonLines {
    private GeneratedJsonLines() {
    }

    /** Writes {@code n} plans generated from {@code seed} to {@code file}, one per line. */
    static void write(Path file, int n, long seed) throws IOException {
        PlanGenerator generator = PlanGenerator.defaults().withBehaviouralTargets(4, 4).withWeeks(12);
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                out.write(PlanJson.write(generator.next(random).plan()));
                out.newLine();
            }
        }
    }

    /** {@code FILE N [SEED]}: writes N generated plans to FILE. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42);
    }
}
