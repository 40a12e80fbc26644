package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import java.util.List;

/** Assertions on the problems of documents that must not read. */
final class Invalid {
    private Invalid() {
    }

    /** Every problem of {@code json}, which must fail to read. */
    static List<Problem> problems(String json) {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(json, "test.json"));
        assertEquals("test.json", e.source());
        return e.problems();
    }

    /** The one problem of {@code json}, which must be at {@code path} with a message holding every part. */
    static Problem only(String json, String path, String... messageParts) {
        List<Problem> problems = problems(json);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        Problem p = problems.get(0);
        assertEquals(path, p.path(), () -> "path of " + p);
        for (String part : messageParts) {
            assertTrue(p.message().contains(part), () -> "'" + part + "' missing from the message: " + p.message());
        }
        return p;
    }
}
