package dev.pip.examples.cli.internal;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.EvaluationJson;
import java.io.PrintWriter;

/** Prints evaluations one after another as text reports (a blank line between) or JSON Lines. */
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
        if (json) {
            out.println(EvaluationJson.write(evaluation));
        } else {
            if (printed > 0) {
                out.println();
            }
            out.print(TextReport.render(plan, evaluation));
        }
        printed++;
        out.flush();
    }
}
