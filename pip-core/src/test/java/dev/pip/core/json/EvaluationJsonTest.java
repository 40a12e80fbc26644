package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.CheckpointStatus;
import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Need;
import dev.pip.core.Policy;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Problem;
import dev.pip.core.Reason;
import dev.pip.core.Recommendation;
import dev.pip.core.RuleSetId;
import dev.pip.core.Severity;
import dev.pip.core.TargetWeek;
import dev.pip.core.TimelineEntry;
import dev.pip.core.WeekStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    static Evaluation exitAtTheGate() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("target", "discovery");
        evidence.put("weeks", List.of(1, 2, 3, 4));
        evidence.put("value", 11.5);
        evidence.put("goal", 15);
        evidence.put("met", false);
        TargetWeek met = new TargetWeek("discovery", CheckpointStatus.MET, OptionalDouble.of(16), 15,
                Direction.AT_LEAST);
        TargetWeek none = new TargetWeek("demos", CheckpointStatus.NO_DATA, OptionalDouble.empty(), 4,
                Direction.AT_MOST);
        return new Evaluation("PIP-2026-014", LocalDate.of(2026, 10, 7), Recommendation.PIP, Decision.EXIT,
                List.of(new TimelineEntry(Decision.EXIT, 30, START.plusDays(29))),
                List.of(new Reason("Gate: a behavioural target missed its goal", "Discovery calls missed 15 in week 2.",
                        evidence)),
                List.of(new Finding(Severity.WARNING, "SLOW_WINDOW", "Ninety days is slow firing.")),
                List.of(new WeekStatus(1, START, START.plusDays(6), List.of(met, none), false, true, 1, 0.5)),
                List.of(new Need("discovery", 60, 2, OptionalDouble.of(17.25), "17.25 calls a week from now on."),
                        new Need("demos", 60, 0, OptionalDouble.empty(), "Can no longer pass.")),
                Policy.defaults().with(new PolicyOverrides(OptionalInt.of(28), OptionalInt.empty(),
                        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.of(0.4),
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.empty(),
                        OptionalInt.empty())),
                new RuleSetId("bundled", "ab12cd"), true);
    }

    @Test
    void writesTheFieldsOfTheSpecificationOnOneLine() {
        String json = EvaluationJson.write(exitAtTheGate());

        assertFalse(json.contains("\n"));
        assertTrue(json.startsWith("{\"planId\":\"PIP-2026-014\",\"asOf\":\"2026-10-07\",\"recommendation\":\"PIP\","
                + "\"decision\":\"EXIT\",\"timeline\":[{\"decision\":\"EXIT\",\"day\":30,\"date\":\"2026-10-06\",\"recorded\":false}],"
                + "\"reasons\":[{\"rule\":\"Gate: a behavioural target missed its goal\""), json);
        assertTrue(json.contains("\"evidence\":{\"target\":\"discovery\",\"weeks\":[1,2,3,4],\"value\":11.5,"
                + "\"goal\":15,\"met\":false}"), json);
        assertTrue(json.contains("\"findings\":[{\"severity\":\"WARNING\",\"code\":\"SLOW_WINDOW\""), json);
        assertTrue(json.contains("{\"target\":\"demos\",\"status\":\"NO_DATA\",\"goal\":4,"), json);
        assertTrue(json.contains("\"policy\":{\"gateDay\":28,"), json);
        assertTrue(json.endsWith("\"ruleSet\":{\"name\":\"bundled\",\"fingerprint\":\"ab12cd\"},"
                + "\"humanReviewRequired\":true}"), json);
    }

    @Test
    void aHandBuiltEvaluationReadsBackEqual() {
        Evaluation e = exitAtTheGate();

        assertEquals(e, EvaluationJson.read(EvaluationJson.write(e)));
        assertEquals(e, EvaluationJson.read(EvaluationJson.writePretty(e)));
    }

    @Test
    void aPendingEvaluationWithEmptyListsReadsBackEqual() {
        Evaluation e = new Evaluation("P-1", START.minusDays(3), Recommendation.COACH_FIRST, Decision.PENDING,
                List.of(), List.of(), List.of(), List.of(), List.of(), Policy.defaults(),
                new RuleSetId("rules", "00"), false);

        assertEquals(e, EvaluationJson.read(EvaluationJson.write(e)));
    }

    @Test
    void recordedEntriesFindingEvidenceAndStandingAreWrittenOnlyWhereTheySaySomething() {
        LocalDate day60 = START.plusDays(59);
        Evaluation e = new Evaluation("P-1", day60, Recommendation.PIP, Decision.EXTEND,
                List.of(new TimelineEntry(Decision.CONTINUE, 30, START.plusDays(29)),
                        new TimelineEntry(Decision.EXTEND, 60, day60, true, Optional.of("hr-4")),
                        new TimelineEntry(Decision.PASS, 74, START.plusDays(73), true, Optional.empty())),
                List.of(new Reason("Gate passed", "all met", Map.of(), Reason.Standing.DECIDING),
                        new Reason("Target met", "t1 met", Map.of())),
                List.of(new Finding(Severity.WARNING, "RECORD_DIFFERS_FROM_RULES", "recorded EXTEND, rules EXIT",
                        Map.of("recordedDay", 60)), new Finding(Severity.INFO, "PLAIN", "no evidence")),
                List.of(), List.of(), Policy.defaults(), new RuleSetId("bundled", "abc"), false);

        String json = EvaluationJson.write(e);

        assertTrue(json.contains("{\"decision\":\"CONTINUE\",\"day\":30,\"date\":\"2026-10-06\",\"recorded\":false}"), json);
        assertTrue(json.contains("\"day\":60,\"date\":\"2026-11-05\",\"recorded\":true,\"by\":\"hr-4\"}"), json);
        assertTrue(json.contains("\"evidence\":{},\"standing\":\"DECIDING\"}"), json);
        assertTrue(json.contains("{\"rule\":\"Target met\",\"message\":\"t1 met\",\"evidence\":{}}"), json);
        assertTrue(json.contains("\"evidence\":{\"recordedDay\":60}}"), json);
        assertTrue(json.contains("{\"severity\":\"INFO\",\"code\":\"PLAIN\",\"message\":\"no evidence\"}"), json);
        assertEquals(e, EvaluationJson.read(json));
    }

    @Test
    void anEvaluationWrittenBeforeRecordsExistedReadsAsTheRulesOwn() {
        String json = EvaluationJson.write(exitAtTheGate()).replace(",\"recorded\":false", "");

        assertEquals(exitAtTheGate(), EvaluationJson.read(json));
    }

    @Test
    void unknownFieldsOfAnEvaluationAreIgnoredForLaterVersions() {
        String json = EvaluationJson.write(exitAtTheGate()).replaceFirst("\\{", "{\"engineVersion\":\"2.0\",");

        assertEquals(exitAtTheGate(), EvaluationJson.read(json));
    }

    @Test
    void aBrokenEvaluationListsEveryProblemWithItsPath() {
        String json = EvaluationJson.write(exitAtTheGate()).replace("\"decision\":\"EXIT\",\"timeline\"",
                "\"decision\":\"EXITED\",\"timeline\"").replace("\"day\":30", "\"day\":0");

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> EvaluationJson.read(json));

        assertEquals("evaluation", e.source());
        assertEquals(List.of("$.decision", "$.timeline[0].day"), e.problems().stream().map(Problem::path).toList());
    }
}
