package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * One engine with the bundled rules for every scenario test in the JVM (compiling the rules
 * costs seconds), and small readers of an evaluation. Every evaluation made here is checked for
 * well-formed reasons: a rule name, a human sentence and evidence.
 */
final class Scenarios {
    static final PipEngine ENGINE = PipEngine.withDefaultRules();

    private Scenarios() {
    }

    /** Evaluates {@code plan} on plan day {@code day} and checks every reason is well formed. */
    static Evaluation on(PlanDocument plan, int day) {
        return at(plan, Plans.day(day));
    }

    /** Evaluates {@code plan} on {@code asOf} and checks every reason is well formed. */
    static Evaluation at(PlanDocument plan, LocalDate asOf) {
        Evaluation e = ENGINE.evaluate(plan, asOf);
        for (Reason r : e.reasons()) {
            assertFalse(r.rule().isBlank(), "reason without rule: " + r);
            assertTrue(r.message().length() > 20 && r.message().endsWith("."), "not a sentence: " + r);
            assertFalse(r.evidence().isEmpty(), "reason without evidence: " + r);
        }
        assertTrue(e.humanReviewRequired() == e.decision().humanReviewRequired(), "humanReviewRequired");
        return e;
    }

    /** The timeline as "DECISION@day" strings, for compact assertions. */
    static List<String> timeline(Evaluation e) {
        return e.timeline().stream().map(t -> t.decision() + "@" + t.day()).toList();
    }

    /** The reasons produced by {@code rule}. */
    static List<Reason> reasons(Evaluation e, String rule) {
        return e.reasons().stream().filter(r -> r.rule().equals(rule)).toList();
    }

    /** The findings with {@code code}. */
    static List<Finding> findings(Evaluation e, String code) {
        return e.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The codes of every finding, in the evaluation's order. */
    static List<String> codes(Evaluation e) {
        return e.findings().stream().map(Finding::code).toList();
    }
}
