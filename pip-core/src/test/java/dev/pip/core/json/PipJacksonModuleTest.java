package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pip.core.Evaluation;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application's own ObjectMapper with {@link PipJacksonModule} reads and writes as the contract says. */
class PipJacksonModuleTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new PipJacksonModule()).build();

    @Test
    void anEvaluationWritesAsEvaluationJsonDoesAndReadsBackEqual() throws Exception {
        Evaluation e = EvaluationJsonTest.exitAtTheGate();

        String json = MAPPER.writeValueAsString(e);

        assertEquals(EvaluationJson.write(e), json);
        assertEquals(e, MAPPER.readValue(json, Evaluation.class));
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(e)), "the mapper's pretty printer changes spacing only");
    }

    @Test
    void aBadPlanInsideTheApplicationsOwnTypeNamesTheFieldAndCarriesEveryProblem() {
        String json = "{\"requestId\": \"r-2\", \"plan\": " + Documents.valid("\"windowDays\": 0, \"manager\": 7")
                + "}";

        JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json,
                ApplicationRequest.class));

        InvalidPlanException cause = assertInstanceOf(InvalidPlanException.class, e.getCause());
        assertEquals(List.of("$.manager", "$.windowDays"),
                cause.problems().stream().map(Problem::path).sorted().toList());
        assertEquals("plan", e.getPath().get(e.getPath().size() - 1).getFieldName());
    }

    @Test
    void aDuplicateFieldInAPlanIsAProblemThoughTheMapperAllowsThemElsewhere() {
        String plan = Documents.valid("").replaceFirst("\\{", "{\"planId\": \"first\", ");
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> MAPPER.readValue("{\"requestId\": \"a\", \"requestId\": \"b\", \"plan\": " + plan + "}",
                        ApplicationRequest.class));

        InvalidPlanException cause = assertInstanceOf(InvalidPlanException.class, e.getCause());
        assertTrue(cause.problems().get(0).message().contains("Duplicate field 'planId'"), cause::getMessage);
    }
}
