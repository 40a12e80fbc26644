package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.InvalidPlanException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan document's schema accepts the documents of the docs and rejects what the reader
 * rejects, on hand-written documents. Generated documents, valid and broken in every known way
 * (with the kinds a schema cannot express), are checked by pip-generators'
 * {@code PlanDocumentSchemaGeneratedTest}.
 */
class PlanDocumentSchemaTest {
    private static final Schemas SCHEMA = Schemas.planDocument();

    @Test
    void everyPlanDocumentInTheDocsIsValidForTheSchemaAndTheReader() {
        List<String> plans = DocExamples.plans();
        assertTrue(plans.size() >= 2, "the docs show plan documents: " + plans.size());
        for (String plan : plans) {
            assertEquals(List.of(), SCHEMA.problems(plan), plan);
            PlanJson.read(plan, "docs");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2025-02-29", "07/09/2026", "2026-9-7"})
    void aDateMustExistInTheCalendar(String date) {
        String doc = """
                {"planId": "p", "rep": {"id": "r"}, "startDate": "%s", "diagnosis": {"rootCause": "SKILL"},
                 "targets": []}""".formatted(date);
        assertFalse(SCHEMA.problems(doc).isEmpty(), date);
        assertThrows(InvalidPlanException.class, () -> PlanJson.read(doc, "date"));
    }

    @Test
    void nullMeansAbsentForOptionalFieldsAsForTheReader() {
        String doc = """
                {"planId": "p", "rep": {"id": "r", "hireDate": null}, "manager": null, "startDate": "2026-09-07",
                 "windowDays": null, "diagnosis": {"rootCause": "SKILL", "gap": null, "coachingTried": null},
                 "targets": [{"id": "t", "kind": "BEHAVIOURAL", "direction": "AT_LEAST", "goal": null,
                   "judged": null}],
                 "observations": [{"metric": "t", "week": 1, "date": null, "value": 3}],
                 "policy": null}""";
        assertEquals(List.of(), SCHEMA.problems(doc));
        PlanJson.read(doc, "nulls");
        String records = doc.replace("\"policy\": null", "\"decisions\": null, \"attributes\": null");
        assertEquals(List.of(), SCHEMA.problems(records));
    }

    @Test
    void aRequiredFieldMayNotBeNullOrBlank() {
        String doc = """
                {"planId": " ", "rep": {"id": null}, "startDate": "2026-09-07", "diagnosis": {"rootCause": "SKILL"},
                 "targets": []}""";
        Set<String> at = SCHEMA.problems(doc).stream().map(p -> p.substring(0, p.indexOf(':')))
                .collect(Collectors.toSet());
        assertEquals(Set.of("/planId", "/rep/id"), at); // JSON Pointers
    }

    @Test
    void decisionsOfRecordFollowTheFormatASchemaCanExpress() {
        String plan = """
                {"planId": "p", "rep": {"id": "r"}, "startDate": "2026-09-07", "diagnosis": {"rootCause": "SKILL"},
                 "targets": [], "decisions": %s}""";
        assertEquals(List.of(), SCHEMA.problems(plan.formatted("""
                [{"day": 30, "decision": "CONTINUE", "by": "mgr-3", "note": "gate review with HR"},
                 {"day": 60, "decision": "EXTEND"}, {"day": 74, "decision": "PASS"},
                 {"day": 134, "decision": "CLOSED", "by": null}]""")));
        for (String bad : List.of("[{\"day\": 30, \"decision\": \"HR_REVIEW\"}]",
                "[{\"day\": 0, \"decision\": \"EXIT\"}]",
                "[{\"day\": 30, \"decision\": \"EXIT\", \"date\": \"2026-10-06\"}]",
                "[{\"day\": 30}]",
                "[{\"day\": \"30\", \"decision\": \"EXIT\"}]",
                "[{\"day\": 30, \"decision\": \"EXIT\", \"by\": 3}]",
                "[{\"day\": 60, \"decision\": \"CLOSED\"}]",
                "[{\"day\": 30, \"decision\": \"CONTINUE\"}, {\"day\": 40, \"decision\": \"CONTINUE\"}]")) {
            assertFalse(SCHEMA.problems(plan.formatted(bad)).isEmpty(), bad);
        }
    }

    @Test
    void attributesAreTextNumbersBooleansOrDates() {
        String plan = """
                {"planId": "p", "rep": {"id": "r"}, "startDate": "2026-09-07", "diagnosis": {"rootCause": "SKILL"},
                 "targets": [], "attributes": %s}""";
        assertEquals(List.of(), SCHEMA.problems(plan.formatted("""
                {"region": "EMEA", "quotaAttainment": 0.62, "tenureYears": 3, "unionised": false,
                 "lastReview": "2026-06-30"}""")));
        for (String bad : List.of("{\"region\": null}", "{\"regions\": [\"EMEA\"]}", "{\"org\": {\"unit\": 1}}",
                "{\" \": 1}", "[\"EMEA\"]")) {
            assertFalse(SCHEMA.problems(plan.formatted(bad)).isEmpty(), bad);
        }
    }
}
