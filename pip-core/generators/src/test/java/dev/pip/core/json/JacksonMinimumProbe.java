package dev.pip.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.pip.core.Evaluation;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.generate.InvalidDocument;
import dev.pip.generate.InvalidDocuments;
import dev.pip.generate.PlanGenerator;
import java.util.SplittableRandom;

/**
 * Run by {@link JacksonMinimumVersionTest} in a JVM of its own on the oldest supported Jackson:
 * reads, writes and rejects plan documents and evaluations through every JSON entry point. Prints
 * the Jackson version and "ok", or fails with the first difference.
 */
public final class JacksonMinimumProbe {
    private JacksonMinimumProbe() {
    }

    /** Runs every check; exits non-zero on the first failure. */
    public static void main(String[] args) throws Exception {
        System.out.println("jackson " + PackageVersion.VERSION);
        ObjectMapper mapper = new ObjectMapper().registerModule(new PipJacksonModule());
        PlanGenerator plans = PlanGenerator.defaults().withDatedShare(0.5);
        SplittableRandom random = new SplittableRandom(20_261_128L);
        for (int i = 0; i < 200; i++) {
            PlanDocument plan = plans.next(random).plan();
            same(plan, PlanJson.read(PlanJson.write(plan), "compact"));
            same(plan, PlanJson.read(PlanJson.writePretty(plan), "pretty"));
            same(PlanJson.write(plan), mapper.writeValueAsString(plan));
            same(plan, mapper.readValue(PlanJson.write(plan), PlanDocument.class));
        }
        InvalidDocuments invalid = InvalidDocuments.of(plans);
        for (int i = 0; i < 200; i++) {
            InvalidDocument doc = invalid.next(random);
            try {
                PlanJson.read(doc.json(), "invalid");
                throw new AssertionError("read an invalid document: " + doc);
            } catch (InvalidPlanException e) {
                if (e.problems().isEmpty()) {
                    throw new AssertionError("no problems for " + doc, e);
                }
            }
        }
        String deep = "[".repeat(1000) + "]".repeat(1000);
        try {
            PlanJson.read(deep, "deep");
            throw new AssertionError("read a document nested 1000 deep");
        } catch (InvalidPlanException e) {
            if (!e.getMessage().contains("nested too deeply")) {
                throw new AssertionError("unexpected problem for deep nesting", e);
            }
        }
        String big = "{\"planId\": \"" + "x".repeat(200) + "\"}";
        try {
            PlanJson.read(big, "big", new JsonLimits(100, 64));
            throw new AssertionError("read a document over the size limit");
        } catch (InvalidPlanException e) {
            if (!e.getMessage().contains("too large")) {
                throw new AssertionError("unexpected problem for a large document", e);
            }
        }
        Evaluation e = EvaluationJson.read(EvaluationJson.write(EvaluationJsonTest.exitAtTheGate()));
        same(e, mapper.readValue(mapper.writeValueAsString(e), Evaluation.class));
        System.out.println("ok");
    }

    private static void same(Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError("expected " + expected + " but was " + actual);
        }
    }
}
