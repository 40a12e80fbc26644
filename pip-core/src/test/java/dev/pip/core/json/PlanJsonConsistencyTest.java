package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.PlanDocument;
import org.junit.jupiter.api.Test;

/** Problems that span fields: ids, observations, support delivered and the policy. */
class PlanJsonConsistencyTest {
    private static final String T2 = "{\"id\": \"t2\", \"kind\": \"BEHAVIOURAL\", \"direction\": \"AT_MOST\"}";

    private static String observations(String items) {
        return Documents.valid("\"observations\": [" + items + "]");
    }

    @Test
    void twoTargetsWithTheSameIdAreAProblemAtTheSecond() {
        String json = Documents.valid("").replace("}],", "}, " + T2.replace("t2", "t1") + "],");

        Invalid.only(json, "$.targets[1].id", "duplicate id 't1': already used at $.targets[0].id");
    }

    @Test
    void aTrackedMetricSharesTheIdSpaceOfTheTargets() {
        Invalid.only(Documents.valid("\"trackedMetrics\": [{\"id\": \"t1\"}]"), "$.trackedMetrics[0].id",
                "duplicate id 't1': already used at $.targets[0].id",
                "targets and tracked metrics share one id space");
    }

    @Test
    void twoTrackedMetricsWithTheSameIdAreAProblem() {
        Invalid.only(Documents.valid("\"trackedMetrics\": [{\"id\": \"w\"}, {\"id\": \"w\"}]"),
                "$.trackedMetrics[1].id", "duplicate id 'w': already used at $.trackedMetrics[0].id");
    }

    @Test
    void anObservationOfAnUnknownMetricNamesTheClosestId() {
        Invalid.only(observations("{\"metric\": \"t2\", \"week\": 1, \"value\": 3}"), "$.observations[0].metric",
                "unknown metric 't2'; no target or tracked metric has this id; did you mean 't1'?");
    }

    @Test
    void anObservationOfAnUnknownMetricFarFromAnyIdListsTheKnownIds() {
        Invalid.only(observations("{\"metric\": \"revenue\", \"week\": 1, \"value\": 3}"), "$.observations[0].metric",
                "unknown metric 'revenue'", "(known: t1)");
    }

    @Test
    void anObservationOfATrackedMetricIsKnown() {
        PlanDocument plan = PlanJson.read(Documents.valid("\"trackedMetrics\": [{\"id\": \"win-rate\"}], "
                + "\"observations\": [{\"metric\": \"win-rate\", \"week\": 2, \"value\": 21.5}]"), "tracked");

        assertEquals("win-rate", plan.observations().get(0).metric());
    }

    @Test
    void anObservationWithBothWeekAndDateIsAProblem() {
        Invalid.only(observations("{\"metric\": \"t1\", \"week\": 1, \"date\": \"2026-03-03\", \"value\": 3}"),
                "$.observations[0]", "has both 'week' and 'date'");
    }

    @Test
    void anObservationWithNeitherWeekNorDateIsAProblem() {
        Invalid.only(observations("{\"metric\": \"t1\", \"value\": 3}"), "$.observations[0]",
                "has neither 'week' nor 'date'");
    }

    @Test
    void anObservationWithoutAValueMissesARequiredField() {
        Invalid.only(observations("{\"metric\": \"t1\", \"week\": 1}"), "$.observations[0].value",
                "missing required field 'value'");
    }

    @Test
    void weekZeroIsBeforeTheFirstPlanWeek() {
        Invalid.only(observations("{\"metric\": \"t1\", \"week\": 0, \"value\": 3}"), "$.observations[0].week",
                "must be at least 1, was 0");
    }

    @Test
    void aNegativeWeekOfACheckInOrDeliveryIsAProblem() {
        Invalid.only(Documents.valid("\"checkIns\": [{\"week\": -2, \"held\": true}]"), "$.checkIns[0].week",
                "must be at least 1, was -2");
        Invalid.only(Documents.valid("\"supportDelivered\": [{\"kind\": \"COACHING\", \"week\": 0}]"),
                "$.supportDelivered[0].week", "must be at least 1, was 0");
    }

    @Test
    void anObservationDatedBeforeTheStartIsAProblem() {
        Invalid.only(observations("{\"metric\": \"t1\", \"date\": \"2026-03-01\", \"value\": 3}"),
                "$.observations[0].date", "the date 2026-03-01 lies before the start date 2026-03-02");
    }

    @Test
    void anObservationDatedOnTheStartIsFine() {
        PlanDocument plan = PlanJson.read(observations("{\"metric\": \"t1\", \"date\": \"2026-03-02\", \"value\": 3}"),
                "start");

        assertEquals(1, plan.observations().size());
    }

    @Test
    void twoWeeklyValuesOfOneMetricInOneWeekAreAProblemAtTheSecond() {
        Invalid.only(observations("{\"metric\": \"t1\", \"week\": 2, \"value\": 3}, "
                        + "{\"metric\": \"t1\", \"week\": 3, \"value\": 3}, {\"metric\": \"t1\", \"week\": 2, \"value\": 4}"),
                "$.observations[2].week",
                "a second value for metric 't1' in week 2 (the first is at $.observations[0])");
    }

    @Test
    void datedValuesInOneWeekAreSummedNotDuplicates() {
        PlanDocument plan = PlanJson.read(observations("{\"metric\": \"t1\", \"date\": \"2026-03-03\", \"value\": 3}, "
                + "{\"metric\": \"t1\", \"date\": \"2026-03-03\", \"value\": 4}, "
                + "{\"metric\": \"t1\", \"week\": 1, \"value\": 4}"), "dated");

        assertEquals(3, plan.observations().size());
    }

    @Test
    void supportDeliveredOfAKindNotCommittedIsAProblem() {
        Invalid.only(Documents.valid("\"supportDelivered\": [{\"kind\": \"COACHING\", \"week\": 1}, "
                        + "{\"kind\": \"RIDE_ALONG\", \"week\": 1, \"count\": 2}]"), "$.supportDelivered[1].kind",
                "support of kind 'RIDE_ALONG' was delivered but not committed in 'support' (committed: COACHING)");
    }

    @Test
    void supportDeliveredWithoutAnyCommitmentSaysNothingWasCommitted() {
        Invalid.only(Documents.MINIMAL.replace("\"targets\"",
                        "\"supportDelivered\": [{\"kind\": \"COACHING\", \"week\": 1}], \"targets\""),
                "$.supportDelivered[0].kind", "(nothing was committed)");
    }

    @Test
    void aPolicyShareAboveOneIsOutOfRange() {
        Invalid.only(Documents.valid("\"policy\": {\"teamWideShare\": 1.5}"), "$.policy.teamWideShare",
                "must lie in 0..1, was 1.5");
    }

    @Test
    void aNegativePolicyShareIsOutOfRange() {
        Invalid.only(Documents.valid("\"policy\": {\"improvementShare\": -0.1}"), "$.policy.improvementShare",
                "must lie in 0..1, was -0.1");
        Invalid.only(Documents.valid("\"policy\": {\"supportDeliveredShare\": 80}"), "$.policy.supportDeliveredShare",
                "must lie in 0..1, was 80");
    }

    @Test
    void aPolicyDayCountBelowSevenIsOutOfRange() {
        Invalid.only(Documents.valid("\"policy\": {\"gateDay\": 5}"), "$.policy.gateDay", "must be a whole number in 7..90, was 5");
        Invalid.only(Documents.valid("\"policy\": {\"extensionDays\": -14}"), "$.policy.extensionDays",
                "must be a whole number in 7..90, was -14");
        Invalid.only(Documents.valid("\"policy\": {\"monitoringDays\": 6}"), "$.policy.monitoringDays",
                "must be a whole number in 7..365, was 6");
    }

    @Test
    void aGateDayAfterTheWindowIsOutOfRange() {
        Invalid.only(Documents.valid("\"windowDays\": 45, \"policy\": {\"gateDay\": 50}"), "$.policy.gateDay",
                "the gate day 50 lies after the end of the plan window (windowDays 45)");
    }

    @Test
    void aGateDayOnTheLastDayOfTheWindowIsFine() {
        assertEquals(java.util.OptionalInt.of(30),
                PlanJson.read(Documents.valid("\"windowDays\": 30, \"policy\": {\"gateDay\": 30}"), "g").policy().gateDay());
    }

    @Test
    void aGateDayAfterTheDefaultWindowIsOutOfRange() {
        Invalid.only(Documents.valid("\"policy\": {\"gateDay\": 61}"), "$.policy.gateDay", "(windowDays 60)");
    }

    @Test
    void negativeCountsOfThePolicyAreOutOfRange() {
        Invalid.only(Documents.valid("\"policy\": {\"maxExtensions\": -1}"), "$.policy.maxExtensions",
                "must be a whole number in 0..3, was -1");
        Invalid.only(Documents.valid("\"policy\": {\"regressionWeeks\": 0}"), "$.policy.regressionWeeks",
                "must be a whole number in 1..52, was 0");
    }
}
