package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonSyntaxTest {
    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        String json = "{\n  \"planId\": \"P-1\",\n  \"rep\" {\"id\": \"r\"}\n}";

        Invalid.only(json, "$", "malformed JSON at line 3, column 9", "was expecting a colon");
    }

    @Test
    void anUnterminatedDocumentIsMalformedWithoutNamingAnInternalSource() {
        Problem p = Invalid.only("{\"planId\": \"P-1\",", "$", "malformed JSON at line 1", "end-of-input");

        assertTrue(!p.message().contains("Source") && !p.message().contains("REDACTED"), p.message());
    }

    @Test
    void anEmptyDocumentSaysItIsEmpty() {
        Invalid.only("", "$", "the document is empty", "expected a JSON object");
        Invalid.only("  \n\t ", "$", "the document is empty");
    }

    @Test
    void anEmptyStreamSaysItIsEmpty() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PlanJson.read(new ByteArrayInputStream(new byte[0]), "<stdin>"));

        assertEquals("<stdin>", e.source());
        assertTrue(e.problems().get(0).message().contains("the document is empty"));
    }

    @Test
    void textThatIsNotJsonIsMalformedAtItsFirstCharacter() {
        Invalid.only("planId: P-1", "$", "malformed JSON at line 1, column", "Unrecognized token 'planId'");
    }

    @Test
    void aJsonValueOtherThanAnObjectIsNotAPlanDocument() {
        Invalid.only("[1, 2]", "$", "expected a JSON object (a plan document), found an array");
        Invalid.only("42", "$", "expected a JSON object (a plan document), found a number (42)");
    }

    @Test
    void contentAfterTheDocumentIsMalformed() {
        Invalid.only(Documents.MINIMAL + " {}", "$", "malformed JSON at line 3", "Trailing token");
    }

    @Test
    void aFieldGivenTwiceIsMalformedRatherThanSilentlyOverwritten() {
        Invalid.only("{\"planId\": \"a\", \"planId\": \"b\"}", "$", "malformed JSON at line 1", "Duplicate field 'planId'");
    }

    @Test
    void anArrayNested200000DeepIsAClearProblemNotAStackOverflow() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);

        Invalid.only(deep, "$", "nested too deeply at line 1, column 66", "more than 64 levels");
    }

    @Test
    void objectsNestedDeeplyInsideAPlanAreAClearProblem() {
        String deep = Documents.MINIMAL.replace("\"targets\": []",
                "\"targets\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));

        Invalid.only(deep, "$", "nested too deeply", "more than 64 levels");
    }

    @Test
    void theNestingLimitIsConfigurable() {
        String json = Documents.MINIMAL.replace("\"targets\": []", "\"targets\": [[[[[[[[[[]]]]]]]]]]");

        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PlanJson.read(json, "t", new JsonLimits(1000, 8)));
        assertTrue(e.problems().get(0).message().contains("more than 8 levels"), e.getMessage());
    }

    @Test
    void aDocumentLargerThanTheLimitIsRejectedBeforeParsing() {
        JsonLimits small = new JsonLimits(100, 64);
        String json = Documents.valid("");

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(json, "big", small));
        assertEquals(new Problem("$", "the document is too large (" + json.length()
                + " characters); at most 100 are read"), e.problems().get(0));
    }

    @Test
    void aStreamLargerThanTheLimitIsCutOffAtTheLimit() {
        JsonLimits small = new JsonLimits(100, 64);
        byte[] bytes = Documents.valid("").getBytes(StandardCharsets.UTF_8);

        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PlanJson.read(new ByteArrayInputStream(bytes), "big", small));
        assertTrue(e.problems().get(0).message().contains("too large (more than 100 bytes)"), e.getMessage());
    }

    @Test
    void aMissingFileIsAProblemOfItsSource(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals(new Problem("$", "the file does not exist"), e.problems().get(0));
    }

    @Test
    void aFileWithAByteOrderMarkReads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF" + Documents.MINIMAL).getBytes(StandardCharsets.UTF_8));

        assertEquals("P-1", PlanJson.read(file).planId());
        assertEquals("P-1", PlanJson.read("\uFEFF" + Documents.MINIMAL, "bom").planId());
    }

    @Test
    void theExceptionMessageNamesTheSourceAndEveryProblem() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PlanJson.read("{\"planId\": 1}", "plan.json"));

        assertTrue(e.getMessage().startsWith(e.problems().size() + " problems:\nplan.json: $.planId: "), e.getMessage());
    }

    @Test
    void aStreamInUtf16Reads() {
        byte[] bytes = Documents.MINIMAL.getBytes(StandardCharsets.UTF_16BE);

        assertEquals("P-1", PlanJson.read(new ByteArrayInputStream(bytes), "utf16").planId());
    }

    @Test
    void bytesThatAreNotUtf8AreMalformed() {
        byte[] bytes = Documents.MINIMAL.replace("P-1", "P-\u00e9").getBytes(StandardCharsets.ISO_8859_1);

        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PlanJson.read(new ByteArrayInputStream(bytes), "latin1"));
        assertEquals("$", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().startsWith("malformed JSON"), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("UTF-8"), e.getMessage());
    }
}
