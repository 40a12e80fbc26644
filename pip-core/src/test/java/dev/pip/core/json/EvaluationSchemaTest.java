package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pip.core.Evaluation;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's schema accepts what the library writes and rejects what it never writes.
 * Evaluations of every sample and of generated plans are checked against it in pip-examples,
 * where the engine runs.
 */
class EvaluationSchemaTest {
    private static final Schemas SCHEMA = Schemas.evaluation();

    private static String example() {
        List<String> evaluations = DocExamples.evaluations();
        assertFalse(evaluations.isEmpty(), "the docs show an evaluation");
        return evaluations.get(0);
    }

    @Test
    void everyEvaluationInTheDocsIsValidAndReadsBackToTheSameJson() {
        for (String json : DocExamples.evaluations()) {
            assertEquals(List.of(), SCHEMA.problems(json), json);
            Evaluation e = EvaluationJson.read(json);
            assertEquals(List.of(), SCHEMA.problems(EvaluationJson.write(e)));
        }
    }

    private static void rejected(String what, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) Schemas.tree(example(), "example");
        assertEquals(List.of(), SCHEMA.problems(root), "the example before the change");
        change.accept(root);
        assertFalse(SCHEMA.problems(root).isEmpty(), what + " was accepted: " + root);
    }

    @Test
    void rejectsWhatTheLibraryNeverWrites() {
        rejected("a decision outside the closed set", r -> r.put("decision", "FIRED"));
        rejected("a missing ruleSet", r -> r.remove("ruleSet"));
        rejected("an unknown field", r -> r.put("score", 3));
        rejected("a fingerprint that is not SHA-256 hex",
                r -> ((ObjectNode) r.get("ruleSet")).put("fingerprint", "abc"));
        rejected("a human review of a PASS", r -> r.put("decision", "PASS").put("humanReviewRequired", true));
        rejected("a PENDING plan with a timeline", r -> r.put("decision", "PENDING"));
        rejected("a policy without a parameter", r -> ((ObjectNode) r.get("policy")).remove("gateDay"));
        rejected("an impossible date", r -> r.put("asOf", "2026-11-31"));
        rejected("a rules' decision with an author", r -> ((ObjectNode) r.get("timeline").get(0))
                .put("recorded", false).put("by", "mgr-3"));
        rejected("a reason's unknown standing", r -> ((ObjectNode) r.get("reasons").get(0)).put("standing", "MAIN"));
        rejected("a week value of NO_DATA", r -> {
            ObjectNode target = (ObjectNode) r.get("weeks").get(0).get("targets").get(0);
            target.put("status", "NO_DATA");
            assertTrue(target.has("value"));
        });
        rejected("evidence holding an object", r -> ((ObjectNode) r.get("reasons").get(0).get("evidence"))
                .putObject("nested").put("a", 1));
    }

    @Test
    void theExampleShowsEveryPartOfAnEvaluation() {
        JsonNode root = Schemas.tree(example(), "example");
        for (String list : List.of("timeline", "reasons", "findings", "weeks", "needs")) {
            assertTrue(root.get(list) instanceof ArrayNode a && !a.isEmpty(), list + " is shown with an item");
        }
    }
}
