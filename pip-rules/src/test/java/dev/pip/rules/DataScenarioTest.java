package dev.pip.rules;

import static dev.pip.rules.Scenarios.on;
import static dev.pip.rules.Scenarios.reasons;
import static dev.pip.rules.Scenarios.timeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Missing data and the roll-up of dated observations (specification, section 3). */
class DataScenarioTest {

    /** Every (target, week) the missing-data reasons name, as "target/week". */
    private static Set<String> missing(Evaluation e) {
        Set<String> out = new TreeSet<>();
        for (Reason r : reasons(e, "Missing data in a judged week")) {
            for (Object week : (List<?>) r.evidence().get("missingWeeks")) {
                out.add(r.evidence().get("target") + "/" + week);
            }
        }
        return out;
    }

    @Test
    void insufficientDataAtTheGateNamesEachMissingTargetAndWeek() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 15);
        b.observations(Plans.without(b, "calls", 2));
        b.observations(Plans.without(b, "calls", 4));
        b.observations(Plans.without(b, "demos", 3));
        Evaluation e = on(b.build(), 30);
        assertEquals(List.of("INSUFFICIENT_DATA@30"), timeline(e));
        assertEquals(Set.of("calls/2", "calls/4", "demos/3"), missing(e));
        assertEquals(List.of("calls week 2", "calls week 4", "demos week 3"),
                reasons(e, "Gate lacks data").get(0).evidence().get("missing"), "the deciding reason names each pair");
        assertFalse(e.humanReviewRequired());
    }

    @Test
    void missingDataWinsEvenWhenAnotherTargetClearlyFailed() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 15);
        b.observations(Plans.override(b, "demos", 1, 4, w -> 0));
        b.observations(Plans.without(b, "calls", 1));
        Evaluation e = on(b.build(), 30);
        assertEquals(List.of("INSUFFICIENT_DATA@30"), timeline(e));
        assertEquals(Set.of("calls/1"), missing(e));
    }

    @Test
    void insufficientDataEndsTheTimelineUntilTheDataArrives() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 20, w -> 15);
        PlanDocument incomplete = b.observations(Plans.without(b, "followups", 7)).build();
        assertEquals(List.of("CONTINUE@30", "INSUFFICIENT_DATA@60"), timeline(on(incomplete, 200)));
        PlanDocument complete = Plans.observed(Plans.base(), 1, 20, w -> 15).build();
        assertEquals(List.of("CONTINUE@30", "PASS@60", "CLOSED@120"), timeline(on(complete, 200)));
    }

    @Test
    void missingDataInTheExtensionWeeksIsInsufficientData() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 10, w -> w <= 4 ? 15 : w <= 8 ? 12 : 15);
        Evaluation e = on(b.observations(Plans.without(b, "demos", 10)).build(), 80);
        assertEquals(List.of("CONTINUE@30", "EXTEND@60", "INSUFFICIENT_DATA@74"), timeline(e));
        assertEquals(Set.of("demos/10"), missing(e));
        assertEquals(List.of("demos week 10"), reasons(e, "Final decision lacks data").get(0).evidence().get("missing"));
    }

    @Test
    void datedObservationsAreSummedIntoTheirPlanWeek() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 15);
        List<Observation> obs = new ArrayList<>(Plans.without(b, "calls", 2));
        // Week 2 is days 8-14: three dated values summing to 15, one on each edge of the week.
        obs.add(Observation.onDate("calls", Plans.day(8), 5));
        obs.add(Observation.onDate("calls", Plans.day(10), 6));
        obs.add(Observation.onDate("calls", Plans.day(14), 4));
        Evaluation met = on(b.observations(obs).build(), 30);
        assertEquals(List.of("CONTINUE@30"), timeline(met));
        assertEquals(List.of(15.0, 15.0, 15.0, 15.0), reasons(met, "Target met is explained").stream()
                .filter(r -> r.evidence().get("target").equals("calls")).findFirst().orElseThrow()
                .evidence().get("weeklyValues"));
        obs.set(obs.size() - 1, Observation.onDate("calls", Plans.day(15), 4));
        Evaluation missed = on(b.observations(obs).build(), 30);
        assertEquals(Decision.EXIT, missed.decision(), "day 15 belongs to week 3: week 2 sums to 11 only");
    }

    @Test
    void aDatedObservationBeforeTheStartIsAProblemOfThePlanAsInAJsonDocument() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 15);
        List<Observation> obs = new ArrayList<>(Plans.without(b, "calls", 1));
        obs.add(Observation.onDate("calls", Plans.START.minusDays(1), 15));
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> b.observations(obs).build());
        assertEquals(List.of("$.observations[" + (obs.size() - 1) + "].date"),
                e.problems().stream().map(p -> p.path()).toList());
    }

    @Test
    void aZeroIsAValueNotMissingData() {
        PlanDocument.Builder b = Plans.observed(Plans.base(), 1, 4, w -> 15);
        Evaluation e = on(b.observations(Plans.override(b, "calls", 2, 2, w -> 0)).build(), 30);
        assertEquals(List.of("EXIT@30"), timeline(e));
    }
}
