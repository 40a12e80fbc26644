package dev.pip.examples.embedding;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.EvaluationJson;
import dev.pip.core.json.PlanJson;
import dev.pip.rules.PipEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The Java example shown in README.md. The lines between the {@code README} markers are copied
 * there word for word, and a test checks that both agree and that this example runs.
 */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /** Evaluates the plan in {@code file} as of {@code asOf} and prints what the README shows. */
    public static Evaluation run(Path file, LocalDate asOf, PrintWriter out) {
        // README:start
        PipEngine engine = PipEngine.withDefaultRules();  // build once, share between threads
        PlanDocument plan = PlanJson.read(file);          // every problem at once, with JSON paths
        Evaluation e = engine.evaluate(plan, asOf);       // the as-of date is always an argument
        out.println(e.decision() + " " + e.timeline());
        e.reasons().forEach(r -> out.println(r.rule() + ": " + r.message() + " " + r.evidence()));
        e.findings().forEach(f -> out.println(f.severity() + " " + f.code() + ": " + f.message()));
        if (e.humanReviewRequired()) {                    // EXIT or HR_REVIEW: people decide
            out.println("A person must review this " + e.decision() + " before anything happens.");
        }
        out.println(EvaluationJson.write(e));             // the JSON of pip-core/docs/evaluation.md
        // README:end
        out.flush();
        return e;
    }
}
