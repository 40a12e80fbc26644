package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import dev.pip.generate.Breakage;
import dev.pip.generate.InvalidDocument;
import dev.pip.generate.InvalidDocuments;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import dev.pip.generate.Scenario;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plan document's schema accepts every generated document the reader accepts, and rejects
 * every kind of invalid document that a schema can express; the kinds it cannot express (they
 * compare values across the document) are listed here and in pip-core/docs/plan-document.md,
 * and the schema must accept them, so that list stays honest.
 */
class PlanDocumentSchemaGeneratedTest {
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
                .check(PlanDocumentSchemaGeneratedTest::rejected);
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
}
