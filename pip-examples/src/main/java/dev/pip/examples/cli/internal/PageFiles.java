package dev.pip.examples.cli.internal;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanRead;
import dev.pip.examples.documents.Documents;
import dev.pip.examples.documents.OverviewEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes the documents of {@code pip report} and {@code pip demo --report}: a progress report per
 * plan into a folder, or one overview of every plan. Documents are read in chunks and evaluated on
 * every core; a document that cannot be read or evaluated is reported through the
 * {@link DocumentRun} and every other one is still written.
 */
public final class PageFiles {
    private static final int CHUNK = 1_000;

    private PageFiles() {
    }

    /** One {@code PLAN-ID.html} report per document of {@code paths} in {@code folder}; returns the files written. */
    public static List<Path> reports(DocumentRun run, List<Path> paths, Function<PlanDocument, Evaluation> evaluator,
            Path folder) {
        createFolder(folder);
        Set<String> names = new HashSet<>();
        List<Path> written = new ArrayList<>();
        each(run, paths, plan -> Documents.progressReport(plan, evaluator.apply(plan)), (plan, page) -> {
            Path file = folder.resolve(fileName(plan.planId(), names));
            write(file, page);
            written.add(file);
        });
        return written;
    }

    /** The overview of every document of {@code paths}, written to {@code file}; returns how many plans it holds. */
    public static int overview(DocumentRun run, List<Path> paths, Function<PlanDocument, Evaluation> evaluator,
            Path file, java.time.LocalDate asOf) {
        List<OverviewEntry> entries = new ArrayList<>();
        java.util.Map<String, Set<String>> fingerprints = new java.util.TreeMap<>();
        each(run, paths, plan -> {
            Evaluation e = evaluator.apply(plan);
            synchronized (fingerprints) {
                fingerprints.computeIfAbsent(e.ruleSet().name(), k -> new java.util.TreeSet<>())
                        .add(e.ruleSet().fingerprint().substring(0, Math.min(12, e.ruleSet().fingerprint().length())));
            }
            return OverviewEntry.of(plan, e);
        }, (plan, entry) -> entries.add(entry));
        // A fingerprint covers the rules with the plan's own policy, so many plans may show many: name
        // them when few, count them when many (each plan's report names its own).
        List<String> ruleSets = fingerprints.entrySet().stream().map(r -> r.getValue().size() <= 3
                ? r.getKey() + " " + String.join(", ", r.getValue())
                : r.getKey() + " (" + r.getValue().size() + " fingerprints: the rules with each plan's policy)").toList();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            createFolder(parent);
        }
        write(file, Documents.overview(entries, asOf, ruleSets));
        return entries.size();
    }

    /** Makes something of each plan on every core, then hands it on in input order. */
    private static <T> void each(DocumentRun run, List<Path> paths, Function<PlanDocument, T> make,
            java.util.function.BiConsumer<PlanDocument, T> use) {
        List<PlanRead> chunk = new ArrayList<>(CHUNK);
        for (Path file : PlanInput.expand(paths)) {
            try (Stream<PlanRead> reads = PlanInput.read(file)) {
                Iterator<PlanRead> it = reads.iterator();
                while (it.hasNext()) {
                    chunk.add(it.next());
                    if (chunk.size() == CHUNK) {
                        flush(run, chunk, make, use);
                        chunk.clear();
                    }
                }
            }
        }
        flush(run, chunk, make, use);
    }

    private static <T> void flush(DocumentRun run, List<PlanRead> chunk, Function<PlanDocument, T> make,
            java.util.function.BiConsumer<PlanDocument, T> use) {
        Object[] made = IntStream.range(0, chunk.size()).parallel().mapToObj(i -> {
            PlanRead read = chunk.get(i);
            if (read.plan().isEmpty()) {
                return null;
            }
            try {
                return make.apply(read.plan().get());
            } catch (RuntimeException e) {
                return e;
            }
        }).toArray();
        for (int i = 0; i < made.length; i++) {
            Object result = made[i];
            run.accept(chunk.get(i), (source, plan) -> {
                if (result instanceof RuntimeException e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                T value = (T) result;
                use.accept(plan, value);
            });
        }
    }

    /** A file name made of the plan id's safe characters, unique within one run. */
    static String fileName(String planId, Set<String> taken) {
        String base = planId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "plan" + base;
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name + ".html";
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code page} to {@code file} as UTF-8. */
    public static void write(Path file, String page) {
        try {
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
