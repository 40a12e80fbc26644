package dev.pip.examples.embedding;

import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.Reason;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.PipEngine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reading a decision as a document: every reason names the rule that produced it, says why in a
 * sentence and carries its evidence (values against goals, weeks judged); findings add warnings.
 * This is what an HR system stores next to the decision.
 */
public final class ReasonsExample {
    private ReasonsExample() {
    }

    /** Prints the reasons and evidence of the sample that passes and then regresses. */
    public static void main(String[] args) {
        run("04-passes-then-regresses.json", new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    /** Evaluates one bundled sample as of the demo date and prints its reasons, evidence and findings. */
    public static Evaluation run(String sample, PrintWriter out) {
        Evaluation e = PipEngine.withDefaultRules().evaluate(SamplePlans.read(sample), SamplePlans.DEMO_AS_OF);
        out.println(e.planId() + ": " + e.decision() + " (rule set " + e.ruleSet().name() + ", fingerprint "
                + e.ruleSet().fingerprint() + ")");
        for (Reason r : e.reasons()) {
            out.println("reason from rule \"" + r.rule() + "\": " + r.message());
            for (Map.Entry<String, Object> ev : r.evidence().entrySet()) {
                out.println("    " + ev.getKey() + " = " + ev.getValue());
            }
        }
        for (Finding f : e.findings()) {
            out.println("finding " + f.severity() + " " + f.code() + ": " + f.message());
        }
        out.println("human review required: " + e.humanReviewRequired());
        out.flush();
        return e;
    }
}
