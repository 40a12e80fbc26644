package dev.pip.generate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import dev.pip.core.json.PlanJson;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every invalid generated document is rejected with a problem at its JSON path, never with another exception. */
class InvalidDocumentsTest {
    private static final int TRIES_PER_BREAKAGE = 25;
    private static final InvalidDocuments INVALID = InvalidDocuments.of(PlanGenerator.defaults());

    private static void rejectedAtItsPath(InvalidDocument doc) {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(doc.json(), "generated"),
                doc.breakage() + " was accepted");
        assertTrue(e.problems().stream().map(Problem::path).anyMatch(doc.path()::equals),
                doc.breakage() + ": no problem at " + doc.path() + "; problems: "
                        + e.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }

    @ParameterizedTest
    @EnumSource(Breakage.class)
    void everyInvalidDocumentIsRejectedWithAProblemAtItsPath(Breakage breakage) {
        Property.forAll("invalid " + breakage + " rejected at its path", TRIES_PER_BREAKAGE,
                        r -> INVALID.next(r, breakage))
                .describedBy(InvalidDocument::json)
                .check(InvalidDocumentsTest::rejectedAtItsPath);
    }

    @Test
    void theJavadocExampleRuns() {
        // The example of InvalidDocuments' Javadoc, as written there.
        InvalidDocuments invalid = InvalidDocuments.of(PlanGenerator.defaults());
        InvalidDocument doc = invalid.next(new SplittableRandom(7));
        try {
            PlanJson.read(doc.json(), "generated");
        } catch (InvalidPlanException e) {
            // e.problems() holds a problem at doc.path()
            assertTrue(e.problems().stream().anyMatch(p -> p.path().equals(doc.path())), e::getMessage);
            return;
        }
        throw new AssertionError("accepted: " + doc);
    }
}
