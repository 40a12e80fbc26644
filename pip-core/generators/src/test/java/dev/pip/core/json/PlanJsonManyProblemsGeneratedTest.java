package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Generated plans, corrupted at random, read as a plan or as problems, never as another exception. */
class PlanJsonManyProblemsGeneratedTest {
    @Test
    void randomlyCorruptedTextGivesAPlanOrProblemsButNeverAnotherException() {
        PlanGenerator small = PlanGenerator.defaults().withWeeks(3);
        Property.forAll("corrupted JSON text", 500, r -> corrupt(r, PlanJson.write(small.next(r).plan())))
                .describedBy(text -> text)
                .check(PlanJsonManyProblemsGeneratedTest::readsOrListsProblems);
    }

    @Test
    void randomlyReplacedValuesGivePlansOrProblemsButNeverAnotherException() {
        PlanGenerator small = PlanGenerator.defaults().withWeeks(3);
        Property.forAll("JSON with a replaced value", 500,
                        r -> JsonTrees.replaceRandomValue(r, PlanJson.write(small.next(r).plan())))
                .describedBy(text -> text)
                .check(PlanJsonManyProblemsGeneratedTest::readsOrListsProblems);
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
