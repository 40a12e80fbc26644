package dev.pip.examples.cli.internal;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PipException;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanRead;
import dev.pip.rules.RuleContractException;
import dev.pip.rules.RuleExecutionException;
import java.io.PrintWriter;
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
    public static final int RULES_FAILED = 3;

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
            }
        }
        return exitCode();
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
        } catch (InvalidPlanException e) {
            reject(e);
        } catch (RuleContractException | RuleExecutionException e) {
            rulesFailed(read.source(), e.getMessage(), e);
        } catch (PipException e) {
            reject(read.source(), "$: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A rule folder whose consequence throws fails this document only; the batch goes on.
            rulesFailed(read.source(), "a rule threw " + e, e);
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

    private void rulesFailed(String source, String message, RuntimeException e) {
        rulesFailed++;
        err.println(source + ": rules failed: " + message.strip().replaceAll("\\s*\\R\\s*", " "));
        Problems.trace(err, e, verbose);
        err.flush();
    }

    private void reject(String source, String message, RuntimeException e) {
        rejected++;
        err.println(source + ": " + message.strip().replaceAll("\\s*\\R\\s*", " "));
        Problems.trace(err, e, verbose);
        err.flush();
    }

    private void reject(InvalidPlanException e) {
        rejected++;
        Problems.print(err, e);
        Problems.trace(err, e, verbose);
    }
}
