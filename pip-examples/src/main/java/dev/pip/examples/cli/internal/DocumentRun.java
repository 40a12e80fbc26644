package dev.pip.examples.cli.internal;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PipException;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanRead;
import dev.pip.rules.RuleContractException;
import dev.pip.rules.RuleExecutionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs an action on every document of a command line and reports the documents it could not
 * use: a document that cannot be read is one or more problem lines on the error stream and makes
 * the exit code 1; a document the rules fail on (or break their contract on) is a line saying so
 * and makes it 3; every other document is still processed.
 */
public final class DocumentRun {
    /** Exit code when every document was processed. */
    public static final int OK = 0;
    /** Exit code when at least one document was rejected. */
    public static final int REJECTED = 1;
    /**
     * Exit code when the rules failed: a rule folder that does not build, or rules that failed or
     * broke their contract on a plan (a fault of the rules, not of the document). Wins over {@link #REJECTED}.
     */
    public static final int RULES_FAILED = 4;
    /** Exit code when standard output could not be written (a full disk, a closed pipe): the run stopped. */
    public static final int OUTPUT_FAILED = 3;

    /** What to do with a document that was read: its source (file or file:line) and the plan. */
    @FunctionalInterface
    public interface Action {
        /** Processes one plan; a {@link PipException} rejects this document only. */
        void accept(String source, PlanDocument plan);
    }

    private final PrintWriter err;
    private final boolean verbose;
    private int rejected;
    private int rulesFailed;

    /** A run reporting problems on {@code err}, with stack traces when {@code verbose}. */
    public DocumentRun(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    /** Runs {@code action} on every document of {@code paths} (see {@link PlanInput}); returns the exit code. */
    public int run(List<Path> paths, Action action) {
        for (Path file : PlanInput.expand(paths)) {
            try (Stream<PlanRead> reads = PlanInput.read(file)) {
                reads.forEach(r -> accept(r, action));
            } catch (UncheckedIOException e) {
                unreadable(file, e);
            }
        }
        return exitCode();
    }

    /**
     * Reports an input that failed while it was being read (a read error inside a {@code .jsonl}):
     * one line naming it and the cause; the documents read before it stand, the next inputs go on.
     */
    public void unreadable(Path file, UncheckedIOException e) {
        IOException cause = e.getCause();
        reject(file.toString(), "cannot read the input: " + (e.getMessage() == null ? "" : e.getMessage() + ": ")
                + cause, e);
    }

    /**
     * Reports a document the engine failed on, whatever it threw ({@link Error}s included), as one
     * line naming the document; a failed output is no document's failure and stops the run.
     */
    public void failed(String source, Throwable t) {
        if (t instanceof OutputFailedException o) {
            throw o;
        } else if (t instanceof RuleContractException || t instanceof RuleExecutionException) {
            rulesFailed(source, String.valueOf(t.getMessage()), t);
        } else if (t instanceof InvalidPlanException e) {
            reject(source, e.problems().stream().map(p -> p.path() + ": " + p.message())
                    .reduce((x, y) -> x + "; " + y).orElse(String.valueOf(e.getMessage())), e);
        } else if (t instanceof PipException e) {
            reject(source, String.valueOf(e.getMessage()), e);
        } else if (t instanceof RuntimeException) {
            // A rule folder whose consequence throws fails this document only; the batch goes on.
            rulesFailed(source, "a rule threw " + t, t);
        } else {
            reject(source, "evaluating this plan failed: " + t, t);
        }
    }

    /** Runs {@code action} on one read document, or reports why it could not be read. */
    public void accept(PlanRead read, Action action) {
        if (read.error().isPresent()) {
            reject(read.error().get());
            return;
        }
        PlanDocument plan = read.plan().orElseThrow();
        try {
            action.accept(read.source(), plan);
        } catch (Throwable t) { // one document's failure, Errors included, never the batch's
            failed(read.source(), t);
        }
    }

    /** How many documents the rules failed on so far. */
    public int rulesFailed() {
        return rulesFailed;
    }

    /** How many documents were rejected so far. */
    public int rejected() {
        return rejected;
    }

    /** {@link #RULES_FAILED} when the rules failed on a document, else {@link #REJECTED} when one was rejected, else {@link #OK}. */
    public int exitCode() {
        return rulesFailed > 0 ? RULES_FAILED : rejected == 0 ? OK : REJECTED;
    }

    private void rulesFailed(String source, String message, Throwable e) {
        rulesFailed++;
        err.println(Printable.line(source + ": rules failed: " + message.strip().replaceAll("\\s*\\R\\s*", " ")));
        Problems.trace(err, e, verbose);
        err.flush();
    }

    private void reject(String source, String message, Throwable e) {
        rejected++;
        err.println(Printable.line(source + ": $: " + message.strip().replaceAll("\\s*\\R\\s*", " ")));
        Problems.trace(err, e, verbose);
        err.flush();
    }

    private void reject(InvalidPlanException e) {
        rejected++;
        Problems.print(err, e);
        Problems.trace(err, e, verbose);
    }
}
