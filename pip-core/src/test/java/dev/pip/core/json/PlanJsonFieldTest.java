package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.PlanDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Problems of single fields: types, required fields, unknown fields, dates, numbers and enums. */
class PlanJsonFieldTest {
    private static final String TARGET = "{\"id\": \"t1\", \"kind\": \"BEHAVIOURAL\", \"direction\": \"AT_LEAST\"}";

    private static String withTarget(String target) {
        return Documents.MINIMAL.replace("\"targets\": []", "\"targets\": [" + target + "]");
    }

    @Test
    void aStringWhereANumberBelongsIsAWrongType() {
        Invalid.only(withTarget(TARGET.replace("}", ", \"baseline\": \"8\"}")), "$.targets[0].baseline",
                "expected a number, found a string (\"8\")");
    }

    @Test
    void aNumberWhereAStringBelongsIsAWrongType() {
        Invalid.only(Documents.MINIMAL.replace("\"P-1\"", "17"), "$.planId", "expected a string, found a number (17)");
    }

    @Test
    void anObjectWhereAnArrayBelongsIsAWrongType() {
        Invalid.only(Documents.MINIMAL.replace("\"targets\": []", "\"targets\": {}"), "$.targets",
                "expected an array, found an object");
    }

    @Test
    void aStringWhereABooleanBelongsIsAWrongType() {
        Invalid.only(Documents.MINIMAL.replace("\"EFFORT\"", "\"EFFORT\", \"coachingTried\": \"yes\""),
                "$.diagnosis.coachingTried", "expected true or false, found a string (\"yes\")");
    }

    @Test
    void anArrayElementThatIsNotAnObjectIsAWrongType() {
        Invalid.only(withTarget(TARGET + ", 3"), "$.targets[1]", "expected an object, found a number (3)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$.planId           | \"planId\": \"P-1\",             ",
        "$.rep.id           | \"id\": \"r-1\"                  ",
        "$.rep              | \"rep\": {\"id\": \"r-1\"},      ",
        "$.startDate        | \"startDate\": \"2026-03-02\",   ",
        "$.diagnosis.rootCause | \"rootCause\": \"EFFORT\"     ",
        "$.diagnosis        | \"diagnosis\": {\"rootCause\": \"EFFORT\"}, ",
        "$.targets          | , \"targets\": []                "})
    void aMissingRequiredFieldOfThePlanIsNamedByItsPath(String path, String removed) {
        String json = Documents.MINIMAL.replace(removed.strip(), "");
        String field = path.substring(path.lastIndexOf('.') + 1);

        Invalid.only(json, path, "missing required field '" + field + "'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"id", "kind", "direction"})
    void aTargetWithoutIdKindOrDirectionMissesARequiredField(String field) {
        String target = TARGET.replaceFirst("\"" + field + "\": \"[A-Za-z0-9_]+\",? ?", "").replace(", }", "}");

        Invalid.only(withTarget(target), "$.targets[0]." + field, "missing required field '" + field + "'");
    }

    @Test
    void aBlankPlanIdIsAProblem() {
        Invalid.only(Documents.MINIMAL.replace("\"P-1\"", "\"  \""), "$.planId", "must not be blank");
    }

    @Test
    void aMistypedFieldNamesTheClosestKnownField() {
        Invalid.only(withTarget(TARGET.replace("}", ", \"gaol\": 15}")), "$.targets[0].gaol",
                "unknown field 'gaol'; did you mean 'goal'?");
    }

    @Test
    void aMistypedRootFieldNamesTheClosestKnownField() {
        Invalid.only(Documents.MINIMAL.replace("\"targets\"", "\"observation\": [], \"targets\""),
                "$.observation", "unknown field 'observation'; did you mean 'observations'?");
    }

    @Test
    void aFieldInTheWrongCaseNamesTheKnownSpelling() {
        Invalid.only(Documents.MINIMAL.replace("\"targets\"", "\"windowdays\": 45, \"targets\""),
                "$.windowdays", "unknown field 'windowdays'; did you mean 'windowDays'?");
    }

    @Test
    void anUnknownFieldFarFromAnyKnownOneListsTheKnownFields() {
        Invalid.only(Documents.MINIMAL.replace("{\"id\": \"r-1\"}", "{\"id\": \"r-1\", \"salary\": 1}"),
                "$.rep.salary", "unknown field 'salary'; known fields here: id, name, hireDate, team");
    }

    @Test
    void anUnknownFieldWithAnOddNameIsQuotedInItsPath() {
        Invalid.only(Documents.MINIMAL.replace("{\"id\": \"r-1\"}", "{\"id\": \"r-1\", \"it's odd\": 1}"),
                "$.rep['it\\'s odd']", "unknown field 'it's odd'");
    }

    @Test
    void anUnknownPolicyParameterNamesTheClosestOne() {
        Invalid.only(Documents.valid("\"policy\": {\"gateday\": 30}"), "$.policy.gateday",
                "unknown field 'gateday'; did you mean 'gateDay'?");
    }

    @Test
    void aDateInAnotherFormatIsMalformed() {
        Invalid.only(Documents.MINIMAL.replace("2026-03-02", "02/03/2026"), "$.startDate",
                "'02/03/2026' is not an ISO date (yyyy-mm-dd");
    }

    @Test
    void aDateThatDoesNotExistIsImpossible() {
        Invalid.only(Documents.MINIMAL.replace("2026-03-02", "2026-02-30"), "$.startDate",
                "'2026-02-30' is not a real date: February 2026 has 28 days");
    }

    @Test
    void theTwentyNinthOfFebruaryExistsOnlyInLeapYears() {
        Invalid.only(Documents.MINIMAL.replace("{\"id\": \"r-1\"}", "{\"id\": \"r-1\", \"hireDate\": \"2027-02-29\"}"),
                "$.rep.hireDate", "February 2027 has 28 days");
        PlanDocument leap = PlanJson.read(Documents.MINIMAL.replace("2026-03-02", "2028-02-29"), "leap");
        assertEquals(LocalDate.of(2028, 2, 29), leap.startDate());
    }

    @Test
    void aThirteenthMonthIsImpossible() {
        Invalid.only(Documents.MINIMAL.replace("2026-03-02", "2026-13-01"), "$.startDate", "there is no month 13");
    }

    @Test
    void aDateGivenAsANumberIsAWrongType() {
        Invalid.only(Documents.MINIMAL.replace("\"2026-03-02\"", "20260302"), "$.startDate",
                "expected an ISO date like \"2026-09-07\" (a string), found a number (20260302)");
    }

    @Test
    void aNegativeNumberIsAProblem() {
        Invalid.only(withTarget(TARGET.replace("}", ", \"goal\": -3}")), "$.targets[0].goal",
                "must not be negative, was -3");
    }

    @Test
    void notANumberIsNotFinite() {
        Invalid.only(withTarget(TARGET.replace("}", ", \"baseline\": NaN}")), "$.targets[0].baseline",
                "must be a finite number, was NaN");
    }

    @Test
    void aNumberTooLargeForADoubleIsNotFinite() {
        Invalid.only(Documents.MINIMAL.replace("\"EFFORT\"", "\"EFFORT\", \"monthsUnderperforming\": 1e400"),
                "$.diagnosis.monthsUnderperforming", "must be a finite number");
    }

    @Test
    void aWindowOfZeroDaysIsAProblemButAWindowOutsideThirtyToNinetyIsAPlanCheck() {
        Invalid.only(Documents.MINIMAL.replace("\"targets\"", "\"windowDays\": 0, \"targets\""), "$.windowDays",
                "must be at least 1, was 0");
        assertEquals(120, PlanJson.read(Documents.MINIMAL.replace("\"targets\"", "\"windowDays\": 120, \"targets\""),
                "long").windowDays());
    }

    @Test
    void aFractionalWeekIsAProblem() {
        Invalid.only(Documents.valid("\"checkIns\": [{\"week\": 1.5, \"held\": true}]"), "$.checkIns[0].week",
                "must be a whole number, was 1.5");
    }

    @Test
    void aTeamShareAboveOneIsOutOfRange() {
        Invalid.only(Documents.MINIMAL.replace("\"EFFORT\"", "\"EFFORT\", \"teamShareBelowStandard\": 1.2"),
                "$.diagnosis.teamShareBelowStandard", "must lie between 0 and 1, was 1.2");
    }

    @Test
    void aBadEnumValueListsTheAllowedOnesAndTheClosest() {
        Invalid.only(withTarget(TARGET.replace("BEHAVIOURAL", "BEHAVIORAL")), "$.targets[0].kind",
                "unknown value 'BEHAVIORAL'; allowed: BEHAVIOURAL, OUTCOME; did you mean 'BEHAVIOURAL'?");
    }

    @Test
    void enumValuesAreWrittenInCapitals() {
        Invalid.only(Documents.MINIMAL.replace("EFFORT", "effort"), "$.diagnosis.rootCause",
                "unknown value 'effort'; allowed: SKILL, EFFORT, WIRING, ENVIRONMENT; did you mean 'EFFORT'?");
    }

    @Test
    void aBadJudgedValueListsTheAllowedOnes() {
        Invalid.only(withTarget(TARGET.replace("}", ", \"judged\": \"MEDIAN\"}")), "$.targets[0].judged",
                "unknown value 'MEDIAN'; allowed: EVERY_WEEK, AVERAGE");
    }

    @Test
    void nullMeansAbsentForAnOptionalField() {
        PlanDocument plan = PlanJson.read(Documents.MINIMAL.replace("\"targets\"",
                "\"manager\": null, \"windowDays\": null, \"targets\""), "nulls");

        assertEquals(60, plan.windowDays());
        assertEquals(java.util.Optional.empty(), plan.manager());
    }
}
