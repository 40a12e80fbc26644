package dev.pip.examples.cli.internal;

import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanRead;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.rules.workbench.DatedPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The plans a workbench command runs over: documents named on the command line (a document that
 * cannot be read is reported on stderr and left out, the others still run) and generated plans.
 */
public final class Corpus {
    private final List<DatedPlan> plans = new ArrayList<>();
    private int rejected;

    private Corpus() {
    }

    /**
     * Reads {@code paths} (files, folders, {@code .jsonl}) evaluated as of {@code asOf}, then adds
     * {@code generated} plans from {@code seed}, each as of {@code asOf} when given, else as of its
     * own generated date.
     */
    public static Corpus of(List<Path> paths, LocalDate asOf, int generated, long seed, Optional<LocalDate> fixedAsOf,
            PrintWriter err) {
        Corpus c = new Corpus();
        for (Path file : PlanInput.expand(paths)) {
            try (Stream<PlanRead> reads = PlanInput.read(file)) {
                reads.forEach(r -> {
                    if (r.plan().isPresent()) {
                        c.plans.add(new DatedPlan(r.plan().get(), asOf));
                    } else {
                        c.rejected++;
                        r.error().ifPresent(e -> Problems.print(err, e));
                    }
                });
            }
        }
        if (generated > 0) {
            PlanGenerator generator = PlanGenerator.defaults();
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < generated; i++) {
                GeneratedPlan g = generator.next(random);
                c.plans.add(new DatedPlan(g.plan(), fixedAsOf.orElse(g.asOf())));
            }
        }
        err.flush();
        return c;
    }

    /** The plans read and generated, in order. */
    public List<DatedPlan> plans() {
        return List.copyOf(plans);
    }

    /** The plan documents alone. */
    public Stream<PlanDocument> documents() {
        return plans.stream().map(DatedPlan::plan);
    }

    /** How many documents could not be read. */
    public int rejected() {
        return rejected;
    }
}
