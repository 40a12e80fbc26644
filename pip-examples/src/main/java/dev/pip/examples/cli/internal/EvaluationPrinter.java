package dev.pip.examples.cli.internal;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.EvaluationJson;
import java.io.PrintWriter;

/**
 * Prints evaluations one after another as text reports (a blank line between) or JSON Lines.
 * {@link #render} is thread-safe, so reports can be rendered in parallel and {@link #printRendered
 * printed} in order.
 */
public final class EvaluationPrinter {
    private final PrintWriter out;
    private final boolean json;
    private int printed;

    /** A printer writing to {@code out}, JSON Lines when {@code json}, else text reports. */
    public EvaluationPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** Prints one evaluation of {@code plan} and flushes, so output keeps up with long batches. */
    public void print(PlanDocument plan, Evaluation evaluation) {
        printRendered(render(plan, evaluation));
        out.flush();
    }

    /** The output of one evaluation: a JSON line, or a text report, each ending with a line break. */
    public String render(PlanDocument plan, Evaluation evaluation) {
        return json ? EvaluationJson.write(evaluation) + System.lineSeparator() : TextReport.render(plan, evaluation);
    }

    /** Prints a {@link #render rendered} evaluation, after a blank line between text reports; no flush. */
    public void printRendered(String rendered) {
        if (!json && printed > 0) {
            out.println();
        }
        out.print(rendered);
        printed++;
    }

    /**
     * Whether a write already failed, known without flushing (only for a {@link GuardedOutput}; a
     * plain writer tells at {@link #checkError()}): lets a run stop at the next document.
     */
    public boolean failedSoFar() {
        return out instanceof GuardedOutput g && g.failure().isPresent();
    }

    /** Flushes what was printed and tells whether writing ever failed. */
    public boolean checkError() {
        return out.checkError();
    }

    /** Flushes what was printed. */
    public void flush() {
        out.flush();
    }
}
