package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Problem;
import dev.pip.core.generate.PlanGenerator;
import dev.pip.core.generate.Property;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PlanJsonManyProblemsTest {
    @Test
    void everyProblemOfADocumentIsReportedAtOnceInReadingOrder() {
        String json = """
                {"planId": 7, "rep": {}, "startDate": "2026-02-30",
                 "diagnosis": {"rootCause": "LAZY", "suddenDrop": "no"},
                 "targets": [{"id": "a", "kind": "BEHAVIOURAL", "direction": "AT_LEAST", "gaol": 3},
                             {"id": "a", "kind": "OUTCOME"}],
                 "support": [{"kind": "COACHING"}],
                 "observations": [{"metric": "b", "week": 0, "value": -1},
                                  {"metric": "a", "week": 1, "date": "2026-03-01", "value": 2}],
                 "supportDelivered": [{"kind": "TRAINING", "week": 1}],
                 "policy": {"teamWideShare": 2, "gateDay": 3}}
                """;

        List<Problem> problems = Invalid.problems(json);

        assertEquals(List.of("$.planId", "$.rep.id", "$.startDate", "$.diagnosis.rootCause",
                "$.diagnosis.suddenDrop", "$.targets[0].gaol", "$.targets[1].id", "$.targets[1].direction",
                "$.observations[0].week", "$.observations[0].value", "$.observations[1]", "$.policy.gateDay",
                "$.policy.teamWideShare", "$.observations[0].metric", "$.supportDelivered[0].kind"),
                problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(6).message().startsWith("duplicate id 'a'"), problems.get(6).message());
        assertTrue(problems.get(10).message().startsWith("has both 'week' and 'date'"), problems.get(10).message());
    }

    @Test
    void randomlyCorruptedTextGivesAPlanOrProblemsButNeverAnotherException() {
        PlanGenerator small = PlanGenerator.defaults().withWeeks(3);
        Property.forAll("corrupted JSON text", 500, r -> corrupt(r, PlanJson.write(small.next(r).plan())))
                .describedBy(text -> text)
                .check(PlanJsonManyProblemsTest::readsOrListsProblems);
    }

    @Test
    void randomlyReplacedValuesGivePlansOrProblemsButNeverAnotherException() {
        PlanGenerator small = PlanGenerator.defaults().withWeeks(3);
        Property.forAll("JSON with a replaced value", 500,
                        r -> JsonTrees.replaceRandomValue(r, PlanJson.write(small.next(r).plan())))
                .describedBy(text -> text)
                .check(PlanJsonManyProblemsTest::readsOrListsProblems);
    }

    private static void readsOrListsProblems(String text) {
        try {
            PlanDocument plan = PlanJson.read(text, "fuzz");
            assertEquals(plan, PlanJson.read(PlanJson.write(plan), "again"));
        } catch (InvalidPlanException e) {
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(p -> assertTrue(p.path().startsWith("$"), p.path()));
        }
    }

    private static String corrupt(RandomGenerator r, String text) {
        String alphabet = "{}[]\",:0123456789-.eE aZnul";
        StringBuilder b = new StringBuilder(text);
        for (int i = 0, edits = 1 + r.nextInt(3); i < edits && b.length() > 1; i++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                default -> b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
            }
        }
        return b.toString();
    }
}
