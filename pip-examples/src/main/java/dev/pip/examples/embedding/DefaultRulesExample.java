package dev.pip.examples.embedding;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanJson;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.PipEngine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The smallest embedding: read a plan document, evaluate it with the bundled rules, use the answer.
 * Run with a plan file and a date, or without arguments for a bundled sample.
 */
public final class DefaultRulesExample {
    private DefaultRulesExample() {
    }

    /** {@code DefaultRulesExample [PLAN.json [YYYY-MM-DD]]}. */
    public static void main(String[] args) {
        PlanDocument plan = args.length > 0 ? PlanJson.read(Path.of(args[0])) : SamplePlans.read("02-effort-gap.json");
        LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : SamplePlans.DEMO_AS_OF;
        run(plan, asOf, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    /** Evaluates {@code plan} as of {@code asOf} with the bundled rules and prints the outcome. */
    public static Evaluation run(PlanDocument plan, LocalDate asOf, PrintWriter out) {
        // Build once (it compiles the rules), then share: the engine is immutable and thread-safe.
        PipEngine engine = PipEngine.withDefaultRules();
        Evaluation evaluation = engine.evaluate(plan, asOf);

        out.println(evaluation.planId() + " as of " + evaluation.asOf() + ": recommendation "
                + evaluation.recommendation() + ", decision " + evaluation.decision());
        evaluation.timeline().forEach(t -> out.println("  day " + t.day() + " (" + t.date() + "): " + t.decision()));
        if (evaluation.humanReviewRequired()) {
            out.println("  A person must review this decision before anything happens.");
        }
        out.flush();
        return evaluation;
    }
}
