package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import dev.pip.core.generate.Breakage;
import dev.pip.core.generate.InvalidDocument;
import dev.pip.core.generate.InvalidDocuments;
import dev.pip.core.generate.PlanGenerator;
import dev.pip.core.generate.Property;
import dev.pip.core.generate.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan document's schema accepts every document the reader accepts, and rejects every kind
 * of invalid document that a schema can express; the kinds it cannot express (they compare
 * values across the document) are listed here and in pip-core/docs/plan-document.md, and the
 * schema must accept them, so that list stays honest.
 */
class PlanDocumentSchemaTest {
    private static final int TRIES = 300;
    private static final int TRIES_PER_BREAKAGE = 25;
    private static final Schemas SCHEMA = Schemas.planDocument();
    private static final InvalidDocuments INVALID = InvalidDocuments.of(PlanGenerator.defaults());

    /**
     * Breakages only the reader can find, each with why: JSON Schema checks each value against
     * rules fixed in the schema, never one value against another elsewhere in the document.
     */
    static final Map<String, String> ONLY_THE_READER = Map.of(
            "DUPLICATE_ID", "ids must be unique across targets and tracked metrics: uniqueItems compares whole items",
            "UNKNOWN_METRIC", "an observation's metric must name a target or tracked metric of the same document",
            "DATE_BEFORE_START", "a dated observation is compared with the document's startDate",
            "DUPLICATE_WEEK_VALUE", "one weekly value per (metric, week) compares two fields across items",
            "UNCOMMITTED_SUPPORT", "a delivered kind must be one the document's support commits to",
            "RECORD_DAYS_NOT_INCREASING", "each record's day is compared with the previous record's",
            "RECORD_CONTINUE_TOO_LATE", "a recorded CONTINUE's day is compared with the document's windowDays");

    private static final Pattern RECORD_DECISION = Pattern.compile("\\$\\.decisions\\[(\\d+)]\\.decision");

    @Test
    void everyPlanDocumentInTheDocsIsValidForTheSchemaAndTheReader() {
        List<String> plans = DocExamples.plans();
        assertTrue(plans.size() >= 2, "the docs show plan documents: " + plans.size());
        for (String plan : plans) {
            assertEquals(List.of(), SCHEMA.problems(plan), plan);
            PlanJson.read(plan, "docs");
        }
    }

    @Test
    void everyGeneratedPlanIsValid() {
        Property.forAll("generated plan valid against the schema", TRIES,
                        r -> PlanGenerator.defaults().withEdgeCases(true).next(r).plan())
                .describedBy(PlanJson::write)
                .check(plan -> assertEquals(List.of(), SCHEMA.problems(PlanJson.write(plan))));
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyScenarioIsValid(Scenario scenario) {
        Property.forAll("generated " + scenario + " plan valid against the schema", 20,
                        r -> PlanGenerator.defaults().next(r, scenario).plan())
                .describedBy(PlanJson::write)
                .check(plan -> assertEquals(List.of(), SCHEMA.problems(PlanJson.write(plan))));
    }

    @ParameterizedTest
    @EnumSource(Breakage.class)
    void everyInvalidDocumentIsRejectedByTheReaderAndByTheSchemaWhereASchemaCanSayIt(Breakage breakage) {
        Property.forAll("invalid " + breakage + " rejected", TRIES_PER_BREAKAGE, r -> INVALID.next(r, breakage))
                .describedBy(InvalidDocument::json)
                .check(PlanDocumentSchemaTest::rejected);
    }

    private static void rejected(InvalidDocument doc) {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(doc.json(), "generated"),
                doc.breakage() + " was accepted by the reader");
        assertTrue(e.problems().stream().map(Problem::path).anyMatch(doc.path()::equals),
                doc.breakage() + ": the reader has no problem at " + doc.path());
        if (doc.breakage().name().equals("MALFORMED_JSON")) {
            return; // not JSON: nothing for a schema to validate
        }
        List<String> problems = SCHEMA.problems(doc.json());
        if (schemaCanSay(doc)) {
            assertFalse(problems.isEmpty(), doc.breakage() + " at " + doc.path() + " was accepted by the schema");
        } else {
            assertEquals(List.of(), problems, doc.breakage() + " is listed as beyond a schema, yet the schema"
                    + " rejects it: update ONLY_THE_READER and plan-document.md");
        }
    }

    /**
     * Whether the schema can reject this document: every breakage not only the reader's, except
     * a gate day after the window's end (compared with windowDays) and, of the records out of
     * order, all but a wrong first record and a CONTINUE after the first.
     */
    private static boolean schemaCanSay(InvalidDocument doc) {
        String kind = doc.breakage().name();
        if (ONLY_THE_READER.containsKey(kind)) {
            return false;
        }
        JsonNode root = Schemas.tree(doc.json(), "document");
        if (kind.equals("DAYS_OUT_OF_RANGE")) {
            String field = doc.path().substring("$.policy.".length());
            int value = root.path("policy").path(field).asInt();
            double max = dev.pip.core.PolicyParameter.all().stream().filter(q -> q.jsonName().equals(field))
                    .findFirst().orElseThrow().max();
            return value < 7 || value > max;
        }
        if (kind.equals("RECORD_OUT_OF_ORDER")) {
            Matcher m = RECORD_DECISION.matcher(doc.path());
            assertTrue(m.matches(), doc.path());
            int i = Integer.parseInt(m.group(1));
            String decision = root.path("decisions").path(i).path("decision").asText();
            return i == 0 || decision.equals("CONTINUE");
        }
        return true;
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
