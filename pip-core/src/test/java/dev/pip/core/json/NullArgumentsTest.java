package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A null or out-of-range argument fails at once with a message that names it. */
class NullArgumentsTest {
    private static void fails(String message, Class<? extends Exception> type, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }

    @Test
    void everyNullArgumentOfTheJsonEntryPointsIsNamed() {
        fails("json (the text of a plan document) must not be null", NullPointerException.class,
                () -> PlanJson.read((String) null, "x"));
        fails("file must not be null", NullPointerException.class, () -> PlanJson.read((Path) null));
        fails("in must not be null", NullPointerException.class, () -> PlanJson.read((InputStream) null, "x"));
        fails("source must not be null", NullPointerException.class, () -> PlanJson.read("{}", null));
        fails("reader must not be null", NullPointerException.class, () -> PlanJson.readLines((Reader) null, "x"));
        fails("plan must not be null", NullPointerException.class, () -> PlanJson.write((PlanDocument) null));
        fails("evaluation must not be null", NullPointerException.class, () -> EvaluationJson.write(null));
        fails("json (the text of an evaluation) must not be null", NullPointerException.class,
                () -> EvaluationJson.read(null));
    }

    @Test
    void aDateNoPlanDocumentCanHoldIsRefusedWithTheField() {
        fails("observation.date must lie in 1900-01-01..2999-12-31, was +999999999-12-31",
                IllegalArgumentException.class, () -> Observation.onDate("calls", LocalDate.MAX, 1));
    }
}
