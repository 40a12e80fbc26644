package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Problem;
import dev.pip.generate.Breakage;
import dev.pip.generate.InvalidDocument;
import dev.pip.generate.InvalidDocuments;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An application's own ObjectMapper with {@link PipJacksonModule} reads and writes generated
 * plans, valid and invalid, as {@link PlanJson} does.
 */
class PipJacksonModuleGeneratedTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new PipJacksonModule()).build();

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlanDocument read(String json) {
        try {
            return MAPPER.readValue(json, PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyGeneratedPlanWritesAsPlanJsonDoesAndReadsBackEqual() {
        PlanGenerator plans = PlanGenerator.defaults().withDatedShare(0.5);
        Property.forAll("mapper writes and reads plans as PlanJson", 200, r -> plans.next(r).plan())
                .describedBy(PlanJson::writePretty)
                .check(plan -> {
                    String json = write(plan);
                    assertEquals(PlanJson.write(plan), json);
                    assertEquals(plan, read(json));
                    assertEquals(plan, read(PlanJson.writePretty(plan)));
                });
    }

    @Test
    void aPlanInsideTheApplicationsOwnTypeReadsAndWrites() throws Exception {
        PlanDocument plan = PlanGenerator.defaults().next(new java.util.SplittableRandom(5)).plan();
        ApplicationRequest request = new ApplicationRequest("r-1", plan);

        String json = MAPPER.writeValueAsString(request);

        assertEquals(request, MAPPER.readValue(json, ApplicationRequest.class));
        assertTrue(json.contains("\"plan\":" + PlanJson.write(plan)));
    }

    @Test
    void everyInvalidDocumentFailsWithTheProblemsPlanJsonReports() {
        InvalidDocuments invalid = InvalidDocuments.of(PlanGenerator.defaults());
        Property.forAll("mapper and PlanJson report the same problems", 300, invalid::next)
                .describedBy(InvalidDocument::json)
                .check(doc -> {
                    List<Problem> contract = assertThrows(InvalidPlanException.class,
                            () -> PlanJson.read(doc.json(), "doc")).problems();
                    JsonMappingException e = assertThrows(JsonMappingException.class,
                            () -> MAPPER.readValue(doc.json(), PlanDocument.class));
                    List<Problem> mapped = assertInstanceOf(InvalidPlanException.class, e.getCause()).problems();
                    if (doc.breakage() == Breakage.MALFORMED_JSON) {
                        assertEquals(List.of("$"), mapped.stream().map(Problem::path).toList());
                        assertTrue(mapped.get(0).message().startsWith("malformed JSON"), mapped.get(0)::message);
                    } else {
                        assertEquals(contract, mapped);
                    }
                });
    }
}
