package dev.pip.examples.hrservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pip.examples.hrservice.HrServiceExample.HttpAnswer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The HR service runs on the runtime jars alone and answers as its clients expect. */
class HrServiceExampleTest {
    private static final LocalDate START = LocalDate.of(2026, 10, 12);
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private static final HrServiceExample SERVICE = new HrServiceExample(POOL);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @AfterAll
    static void shutDown() {
        POOL.shutdown();
    }

    @Test
    void theServiceHasNoDrlCompilerOnItsClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(
                "org.drools.model.codegen.ExecutableModelProject", false, getClass().getClassLoader()));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.drools.drl.parser.DrlParser", false,
                getClass().getClassLoader()));
    }

    @Test
    void aBatchIsAnsweredWithOneEvaluationPerPlanInRequestOrder() throws Exception {
        String body = SERVICE.request("req-7", START.plusDays(29), List.of(HrServiceExample.plan("PIP-1", START, 120),
                HrServiceExample.plan("PIP-2", START, 70)));

        HttpAnswer answer = SERVICE.evaluate(body);

        assertEquals(200, answer.status(), answer.body());
        JsonNode response = PLAIN.readTree(answer.body());
        assertEquals("req-7", response.get("requestId").asText());
        JsonNode evaluations = response.get("evaluations");
        assertEquals("PIP-1", evaluations.get(0).get("planId").asText());
        assertEquals("CONTINUE", evaluations.get(0).get("decision").asText(), "120 dials a week meets 100");
        assertEquals("PIP-2", evaluations.get(1).get("planId").asText());
        assertEquals("EXIT", evaluations.get(1).get("decision").asText(), "70 dials a week misses 100");
        assertTrue(evaluations.get(1).get("humanReviewRequired").asBoolean());
        assertEquals("2026-11-10", evaluations.get(1).get("timeline").get(0).get("date").asText(),
                "dates as the contract writes them, from the service's own mapper");
    }

    @Test
    void aBadPlanIsAClientErrorNamingEveryProblemWithItsPath() throws Exception {
        String good = SERVICE.request("req-8", START.plusDays(29), List.of(HrServiceExample.plan("PIP-1", START, 120),
                HrServiceExample.plan("PIP-2", START, 70)));
        ObjectMapper plain = new ObjectMapper();
        JsonNode request = plain.readTree(good);
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("plans").get(1)).put("windowDays", 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("plans").get(1).get("targets").get(0))
                .put("goal", "a hundred");

        HttpAnswer answer = SERVICE.evaluate(plain.writeValueAsString(request));

        assertEquals(400, answer.status(), answer.body());
        JsonNode problems = PLAIN.readTree(answer.body());
        assertEquals("plan #2 is invalid", problems.get("message").asText());
        assertEquals(List.of("$.windowDays", "$.targets[0].goal"), List.of(problems.get("problems").get(0)
                .get("path").asText(), problems.get("problems").get(1).get("path").asText()));
    }

    @Test
    void mainPrintsTheAnswerToItsOwnRequest() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            HrServiceExample.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("200"), printed);
        assertTrue(printed.contains("\"planId\" : \"PIP-2\""), printed);
    }
}
