package dev.pip.examples.cli.internal;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanRead;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Evaluates every document of a command line on every core, printing results in input order as
 * they are ready. Documents go in chunks: while the workers evaluate and render one chunk, this
 * thread reads the next and then prints the previous one, so memory holds at most two chunks,
 * however long a JSON Lines file is. Problems are reported through a {@link DocumentRun}, in
 * order with the output.
 */
public final class StreamingRun {
    /** Documents per chunk. */
    public static final int CHUNK = 1_000;

    /** Evaluates one plan; called from several threads at once. */
    @FunctionalInterface
    public interface Evaluator {
        /** The evaluation of {@code plan}; a runtime exception rejects this document only. */
        Evaluation evaluate(PlanDocument plan);
    }

    private final DocumentRun run;
    private final EvaluationPrinter printer;
    private final Progress progress;
    private final int chunkSize;
    private final int threads = Runtime.getRuntime().availableProcessors();

    /** A run reporting through {@code run}, printing with {@code printer}, {@code chunkSize} documents at a time. */
    public StreamingRun(DocumentRun run, EvaluationPrinter printer, Progress progress, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, was " + chunkSize);
        }
        this.run = run;
        this.printer = printer;
        this.progress = progress;
        this.chunkSize = chunkSize;
    }

    /** Evaluates and prints every document of {@code paths} (see {@link PlanInput}); returns the exit code. */
    public int run(List<Path> paths, Evaluator evaluator) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pip-evaluate");
            t.setDaemon(true);
            return t;
        });
        try {
            Chunk pending = new Chunk(List.of(), evaluator, workers);
            List<PlanRead> reads = new ArrayList<>(chunkSize);
            for (Path file : PlanInput.expand(paths)) {
                try (Stream<PlanRead> documents = PlanInput.read(file)) {
                    Iterator<PlanRead> it = documents.iterator();
                    while (it.hasNext()) {
                        reads.add(it.next());
                        if (reads.size() == chunkSize) {
                            Chunk next = new Chunk(reads, evaluator, workers);
                            print(pending);
                            pending = next;
                            reads = new ArrayList<>(chunkSize);
                        }
                    }
                }
            }
            Chunk last = new Chunk(reads, evaluator, workers);
            print(pending);
            print(last);
        } finally {
            workers.shutdownNow();
        }
        progress.breakLine();
        return run.exitCode();
    }

    private void print(Chunk chunk) {
        Object[] outcomes = chunk.outcomes();
        if (chunk.anyRejected()) {
            progress.breakLine();
        }
        for (int i = 0; i < outcomes.length; i++) {
            Object outcome = outcomes[i];
            run.accept(chunk.reads.get(i), (source, plan) -> {
                if (outcome instanceof RuntimeException e) {
                    throw e;
                }
                printer.printRendered((String) outcome);
            });
        }
        printer.flush();
        if (outcomes.length > 0) {
            progress.advance(outcomes.length);
        }
    }

    /** One chunk of documents, evaluated and rendered by the workers as soon as it is made. */
    private final class Chunk {
        private final List<PlanRead> reads;
        /** Per document: its rendered output, the RuntimeException that rejects it, or null when unreadable. */
        private final Object[] outcomes;
        private final List<Future<?>> tasks = new ArrayList<>();

        Chunk(List<PlanRead> reads, Evaluator evaluator, ExecutorService workers) {
            this.reads = reads;
            this.outcomes = new Object[reads.size()];
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < Math.min(threads, reads.size()); t++) {
                tasks.add(workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
                        outcomes[i] = outcome(reads.get(i), evaluator);
                    }
                }));
            }
        }

        private Object outcome(PlanRead read, Evaluator evaluator) {
            if (read.plan().isEmpty()) {
                return null;
            }
            PlanDocument plan = read.plan().get();
            try {
                return printer.render(plan, evaluator.evaluate(plan));
            } catch (RuntimeException e) {
                return e;
            }
        }

        /** The outcomes, once every worker is done with this chunk. */
        Object[] outcomes() {
            for (Future<?> task : tasks) {
                try {
                    task.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while evaluating", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException("evaluation failed", e.getCause());
                }
            }
            return outcomes;
        }

        boolean anyRejected() {
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] == null || outcomes[i] instanceof RuntimeException) {
                    return true;
                }
            }
            return false;
        }
    }
}
