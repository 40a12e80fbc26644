package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonManyProblemsTest {
    @Test
    void everyProblemOfADocumentIsReportedAtOnceInReadingOrder() {
        String json = """
                {"planId": 7, "rep": {}, "startDate": "2026-02-30",
                 "diagnosis": {"rootCause": "LAZY", "suddenDrop": "no"},
                 "targets": [{"id": "a", "kind": "BEHAVIOURAL", "direction": "AT_LEAST", "gaol": 3},
                             {"id": "a", "kind": "OUTCOME"}],
                 "support": [{"kind": "COACHING"}],
                 "observations": [{"metric": "b", "week": 0, "value": -1},
                                  {"metric": "a", "week": 1, "date": "2026-03-01", "value": 2}],
                 "supportDelivered": [{"kind": "TRAINING", "week": 1}],
                 "policy": {"teamWideShare": 2, "gateDay": 3}}
                """;

        List<Problem> problems = Invalid.problems(json);

        assertEquals(List.of("$.planId", "$.rep.id", "$.startDate", "$.diagnosis.rootCause",
                "$.diagnosis.suddenDrop", "$.targets[0].gaol", "$.targets[1].id", "$.targets[1].direction",
                "$.observations[0].week", "$.observations[0].value", "$.observations[1]", "$.policy.gateDay",
                "$.policy.teamWideShare", "$.observations[0].metric", "$.supportDelivered[0].kind"),
                problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(6).message().startsWith("duplicate id 'a'"), problems.get(6).message());
        assertTrue(problems.get(10).message().startsWith("has both 'week' and 'date'"), problems.get(10).message());
    }
}
