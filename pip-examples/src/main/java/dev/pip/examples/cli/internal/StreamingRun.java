package dev.pip.examples.cli.internal;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanRead;
import java.io.UncheckedIOException;
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
 * however long a JSON Lines file is. A chunk closes at {@link #CHUNK} documents or at
 * {@link #CHUNK_WEIGHT} characters of document text, whichever comes first, so a file of huge
 * documents streams in bounded memory too. Problems are reported through a {@link DocumentRun},
 * in order with the output; an input that fails while being read is one problem line and the
 * next inputs go on. Output is checked after each chunk: when it cannot be written the run
 * stops with {@link OutputFailedException}.
 */
public final class StreamingRun {
    /** Documents per chunk. */
    public static final int CHUNK = 1_000;
    /** Characters of document text per chunk (an estimate, see {@link DocumentWeight}): 16 Mi. */
    public static final long CHUNK_WEIGHT = 16L * 1024 * 1024;
    /** Documents in the first chunk; each next one is twice as large, up to the chunk size. */
    private static final int FIRST_CHUNK = 16;

    /** Evaluates one plan; called from several threads at once. */
    @FunctionalInterface
    public interface Evaluator {
        /** The evaluation of {@code plan}; anything it throws rejects this document only. */
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
            long weight = 0;
            // The first chunks are small and grow to chunkSize: the first results show (and a closed pipe is
            // seen) after a few documents, not after a thousand.
            int limit = Math.min(chunkSize, FIRST_CHUNK);
            for (Path file : PlanInput.expand(paths)) {
                try (Stream<PlanRead> documents = PlanInput.read(file)) {
                    Iterator<PlanRead> it = documents.iterator();
                    while (it.hasNext()) {
                        PlanRead read = it.next();
                        reads.add(read);
                        weight += DocumentWeight.of(read);
                        if (reads.size() >= limit || weight >= CHUNK_WEIGHT) {
                            Chunk next = new Chunk(reads, evaluator, workers);
                            print(pending);
                            pending = next;
                            reads = new ArrayList<>(chunkSize);
                            weight = 0;
                            limit = Math.min(chunkSize, limit * 2);
                        }
                    }
                } catch (UncheckedIOException e) {
                    // The documents read before the failure are decided and printed in order with this line.
                    Chunk next = new Chunk(reads, evaluator, workers);
                    print(pending);
                    print(next);
                    pending = new Chunk(List.of(), evaluator, workers);
                    reads = new ArrayList<>(chunkSize);
                    weight = 0;
                    progress.breakLine();
                    run.unreadable(file, e);
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
            PlanRead read = chunk.reads.get(i);
            if (printer.failedSoFar()) {
                throw new OutputFailedException(null);
            }
            if (outcome instanceof Throwable t) {
                run.failed(read.source(), t);
            } else {
                run.accept(read, (source, plan) -> printer.printRendered((String) outcome));
            }
        }
        if (printer.checkError()) {
            throw new OutputFailedException(null);
        }
        if (outcomes.length > 0) {
            progress.advance(outcomes.length);
        }
    }

    /** One chunk of documents, evaluated and rendered by the workers as soon as it is made. */
    private final class Chunk {
        private final List<PlanRead> reads;
        /** Per document: its rendered output, the Throwable that rejects it, or null when unreadable. */
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
            } catch (Throwable t) { // an Error on one plan (a rule's stack overflow) rejects that plan only
                return t;
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
                if (outcomes[i] == null || outcomes[i] instanceof Throwable) {
                    return true;
                }
            }
            return false;
        }
    }
}
