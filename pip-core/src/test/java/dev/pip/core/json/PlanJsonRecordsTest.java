package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.PlanDocument;
import dev.pip.core.Problem;
import dev.pip.core.RecordedDecision;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code decisions} (decisions of record) and {@code attributes} of a plan document. */
class PlanJsonRecordsTest {

    private static String withDecisions(String records) {
        return Documents.MINIMAL.replace("\"targets\": []", "\"targets\": [], \"decisions\": [" + records + "]");
    }

    private static String withAttributes(String attributes) {
        return Documents.MINIMAL.replace("\"targets\": []", "\"targets\": [], \"attributes\": " + attributes);
    }

    private static List<String> paths(List<Problem> problems) {
        return problems.stream().map(Problem::path).toList();
    }

    @Test
    void recordsAreReadOldestFirstWithAuthorAndNote() {
        PlanDocument plan = PlanJson.read(withDecisions("""
                {"day": 33, "decision": "CONTINUE", "by": "mgr-3", "note": "gate review with HR"},
                {"day": 60, "decision": "EXTEND", "by": "hr-4"}, {"day": 74, "decision": "PASS"}"""), "t.json");

        assertEquals(List.of(new RecordedDecision(33, Decision.CONTINUE, Optional.of("mgr-3"),
                        Optional.of("gate review with HR")), RecordedDecision.by("hr-4", 60, Decision.EXTEND),
                RecordedDecision.of(74, Decision.PASS)), plan.decisions());
    }

    @Test
    void noDecisionsAndNoAttributesReadAsEmpty() {
        PlanDocument plan = PlanJson.read(Documents.MINIMAL, "t.json");
        assertTrue(plan.decisions().isEmpty());
        assertTrue(plan.attributes().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HR_REVIEW", "INSUFFICIENT_DATA", "PENDING", "NOT_ACTIVATABLE"})
    void aStateOfTheRulesIsNeverAPersonsDecision(String decision) {
        Invalid.only(withDecisions("{\"day\": 30, \"decision\": \"" + decision + "\"}"), "$.decisions[0].decision",
                decision + " is never a person's decision", "CONTINUE, PASS, EXTEND, EXIT, REGRESSION, CLOSED");
    }

    @Test
    void anUnknownDecisionNamesTheClosestRecordableOne() {
        Invalid.only(withDecisions("{\"day\": 30, \"decision\": \"EXTNED\"}"), "$.decisions[0].decision",
                "unknown decision 'EXTNED'", "did you mean 'EXTEND'?");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"day\": 0, \"decision\": \"EXIT\"}          | $.decisions[0].day      | must be at least 1, was 0",
        "{\"day\": 30.5, \"decision\": \"EXIT\"}       | $.decisions[0].day      | must be a whole number",
        "{\"day\": \"30\", \"decision\": \"EXIT\"}     | $.decisions[0].day      | expected a whole number",
        "{\"decision\": \"EXIT\"}                      | $.decisions[0].day      | missing required field 'day'",
        "{\"day\": 30}                                 | $.decisions[0].decision | missing required field 'decision'",
        "{\"day\": 30, \"decision\": 3}                | $.decisions[0].decision | expected one of CONTINUE",
        "{\"day\": 30, \"decision\": \"EXIT\", \"by\": 4}   | $.decisions[0].by   | expected a string",
        "{\"day\": 30, \"decision\": \"EXIT\", \"note\": []} | $.decisions[0].note | expected a string",
        "{\"day\": 30, \"decision\": \"EXIT\", \"date\": \"2026-04-01\"} | $.decisions[0].date | unknown field 'date'",
        "3                                             | $.decisions[0]          | expected an object"})
    void aMalformedFieldOfARecordIsReportedAtItsOwnPath(String record, String path, String message) {
        Invalid.only(withDecisions(record), path, message);
    }

    @Test
    void decisionsThatAreNotAnArrayAreAWrongType() {
        Invalid.only(Documents.MINIMAL.replace("\"targets\": []", "\"targets\": [], \"decisions\": {}"),
                "$.decisions", "expected an array, found an object");
    }

    @Test
    void everyOrderProblemIsReportedAtOnceWithItsPath() {
        List<Problem> problems = Invalid.problems(withDecisions("""
                {"day": 30, "decision": "PASS"}, {"day": 30, "decision": "EXTEND"},
                {"day": 90, "decision": "CLOSED"}, {"day": 95, "decision": "EXIT"}"""));

        assertEquals(List.of("$.decisions[1].day", "$.decisions[1].decision", "$.decisions[2].decision",
                "$.decisions[3].decision"), paths(problems), problems::toString);
        assertTrue(problems.get(0).message().contains("must come after the previous record's day 30"));
        assertTrue(problems.get(1).message().contains("EXTEND cannot follow PASS"));
        assertTrue(problems.get(2).message().contains("CLOSED cannot follow EXTEND"));
        assertTrue(problems.get(3).message().contains("nothing can follow CLOSED"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"day\": 30, \"decision\": \"REGRESSION\"} | $.decisions[0].decision | REGRESSION cannot be the first record",
        "{\"day\": 30, \"decision\": \"CLOSED\"}     | $.decisions[0].decision | CLOSED cannot be the first record",
        "{\"day\": 30, \"decision\": \"EXIT\"}, {\"day\": 40, \"decision\": \"EXTEND\"} | $.decisions[1].decision | nothing can follow EXIT",
        "{\"day\": 30, \"decision\": \"CONTINUE\"}, {\"day\": 40, \"decision\": \"CONTINUE\"} | $.decisions[1].decision | CONTINUE may only be the first",
        "{\"day\": 30, \"decision\": \"CONTINUE\"}, {\"day\": 60, \"decision\": \"CLOSED\"} | $.decisions[1].decision | after CONTINUE come PASS, EXTEND or EXIT",
        "{\"day\": 54, \"decision\": \"CONTINUE\"}   | $.decisions[0].day      | must be on day 53 at the latest"})
    void anOrderTheSpecificationRulesOutIsAProblem(String records, String path, String message) {
        Invalid.only(withDecisions(records), path, message);
    }

    @Test
    void theLatestContinueFollowsTheDocumentsOwnWindow() {
        String json = withDecisions("{\"day\": 39, \"decision\": \"CONTINUE\"}")
                .replace("\"targets\": []", "\"windowDays\": 45, \"targets\": []");
        Invalid.only(json, "$.decisions[0].day", "day 38 at the latest (windowDays 45 - 7)");
        assertEquals(38, PlanJson.read(json.replace("\"day\": 39", "\"day\": 38"), "t.json").decisions().get(0).day());
    }

    @Test
    void aMalformedRecordAndAnOrderProblemBeforeItAreBothReported() {
        List<Problem> problems = Invalid.problems(withDecisions("""
                {"day": 30, "decision": "CLOSED"}, {"day": "late", "decision": "PASS"},
                {"day": 20, "decision": "PENDING"}"""));

        assertEquals(List.of("$.decisions[1].day", "$.decisions[2].decision", "$.decisions[0].decision"),
                paths(problems), problems::toString);
    }

    @Test
    void recordsAreCheckedWhateverElseIsWrongWithThePlan() {
        String json = Documents.MINIMAL.replace("\"targets\": []", "\"windowDays\": \"sixty\", \"targets\": [],"
                + " \"decisions\": [{\"day\": 30, \"decision\": \"HR_REVIEW\"}]");
        assertEquals(List.of("$.windowDays", "$.decisions[0].decision"), paths(Invalid.problems(json)));
    }

    @Test
    void attributesKeepTheirTypesAndAnIsoDateStringBecomesADate() {
        PlanDocument plan = PlanJson.read(withAttributes("""
                {"region": "EMEA", "headcount": 12, "quotaUsd": 2500000000, "attainment": 0.82,
                 "unionised": true, "reviewDue": "2026-05-04", "notADate": "2026-02-30", "ratio": 3.0}"""), "t.json");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("region", "EMEA");
        expected.put("headcount", 12);
        expected.put("quotaUsd", 2_500_000_000L);
        expected.put("attainment", 0.82);
        expected.put("unionised", true);
        expected.put("reviewDue", LocalDate.of(2026, 5, 4));
        expected.put("notADate", "2026-02-30");
        expected.put("ratio", 3.0);
        assertEquals(expected, plan.attributes());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(plan.attributes().keySet()));
    }

    @Test
    void nestedValuesAndNullInAttributesAreRefusedEachAtItsPath() {
        List<Problem> problems = Invalid.problems(withAttributes("""
                {"ok": 1, "nested": {"a": 1}, "list": [1, 2], "nothing": null, "odd name": [], "": 3,
                 "huge": 123456789012345678901234567890}"""));

        assertEquals(List.of("$.attributes.nested", "$.attributes.list", "$.attributes.nothing",
                "$.attributes['odd name']", "$.attributes['']", "$.attributes.huge"), paths(problems),
                problems::toString);
        assertTrue(problems.get(2).message().contains("found null (leave the attribute out instead)"));
        assertTrue(problems.get(0).message().contains("text, a number, true or false, or an ISO date"));
        assertTrue(problems.get(4).message().contains("must not be blank"));
    }

    @Test
    void attributesThatAreNotAnObjectAreAWrongType() {
        Invalid.only(withAttributes("[1]"), "$.attributes", "expected an object, found an array");
    }

    @Test
    void recordsAndAttributesSurviveAWriteAndARead() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("region", "EMEA");
        attributes.put("headcount", 12);
        attributes.put("big", 5_000_000_000L);
        attributes.put("share", 0.5);
        attributes.put("whole", 2.0);
        attributes.put("flag", false);
        attributes.put("due", LocalDate.of(2026, 12, 31));
        PlanDocument plan = PlanJson.read(Documents.MINIMAL, "t.json").toBuilder()
                .decisions(List.of(new RecordedDecision(30, Decision.CONTINUE, Optional.of("mgr-3"),
                        Optional.of("gate review")), RecordedDecision.by("hr-4", 60, Decision.EXTEND),
                        RecordedDecision.of(74, Decision.EXIT)))
                .attributes(attributes).build();

        String json = PlanJson.write(plan);
        assertEquals(plan, PlanJson.read(json, "t.json"));
        assertTrue(json.contains("\"decisions\":[{\"day\":30,\"decision\":\"CONTINUE\",\"by\":\"mgr-3\""), json);
        assertTrue(json.contains("\"whole\":2.0"), json);
    }

    @Test
    void emptyRecordsAndAttributesAreLeftOutWhenWritten() {
        String json = PlanJson.write(PlanJson.read(Documents.MINIMAL, "t.json"));
        assertFalse(json.contains("decisions"), json);
        assertFalse(json.contains("attributes"), json);
    }
}
