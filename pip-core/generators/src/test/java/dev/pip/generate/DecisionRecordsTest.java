package dev.pip.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.RecordedDecision;
import dev.pip.core.TimelineEntry;
import dev.pip.core.internal.RecordOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Records derived from a timeline (here a plausible one written by hand for each plan: gate,
 * end, an extension, monitoring) keep the format rules and tell their story.
 */
class DecisionRecordsTest {
    private static final PlanGenerator PLANS = PlanGenerator.defaults().withEdgeCases(true);

    /** A timeline an evaluator might decide: the gate (when not final), an EXTEND, a PASS, then CLOSED or an ending. */
    private static List<TimelineEntry> timeline(RandomGenerator r, PlanDocument plan) {
        Policy p = Policy.defaults().with(plan.policy());
        List<TimelineEntry> out = new ArrayList<>();
        int day = plan.windowDays();
        if (day > p.gateDay() && day < p.gateDay() + 7) {
            return List.of(); // no week after the gate: a plan-check ERROR, the plan is never active
        }
        if (plan.windowDays() > p.gateDay()) {
            out.add(entry(plan, Decision.CONTINUE, p.gateDay()));
        }
        if (r.nextBoolean()) {
            out.add(entry(plan, Decision.EXTEND, day));
            day += p.extensionDays();
        }
        Decision[] ends = {Decision.PASS, Decision.EXIT, Decision.HR_REVIEW, Decision.INSUFFICIENT_DATA};
        Decision end = ends[r.nextInt(ends.length)];
        out.add(entry(plan, end, day));
        if (end == Decision.PASS) {
            out.add(entry(plan, r.nextBoolean() ? Decision.CLOSED : Decision.REGRESSION, day + p.monitoringDays()));
        }
        return List.copyOf(out.subList(0, 1 + r.nextInt(out.size())));
    }

    private static TimelineEntry entry(PlanDocument plan, Decision d, int day) {
        return new TimelineEntry(d, day, plan.startDate().plusDays(day - 1L));
    }

    private record Case(RecordStory story, PlanDocument plan, List<TimelineEntry> timeline,
            List<RecordedDecision> records) {
    }

    private static Case next(RandomGenerator r) {
        PlanDocument plan = PLANS.plan(r, Scenario.STRONG);
        List<TimelineEntry> timeline = timeline(r, plan);
        RecordStory story = RecordStory.values()[r.nextInt(RecordStory.values().length)];
        return new Case(story, plan, timeline, DecisionRecords.derive(r, story, plan, timeline));
    }

    @Test
    void everyStoryKeepsTheFormatRulesAndBuildsAPlan() {
        Property.forAll("records keep the format rules", 2000, DecisionRecordsTest::next)
                .describedBy(Case::toString)
                .check(c -> {
                    assertEquals(List.of(), RecordOrder.problems(c.records(), c.plan().windowDays()));
                    assertEquals(c.records(), c.plan().toBuilder().decisions(c.records()).build().decisions());
                });
    }

    @Test
    void asDecidedRecordsAreABeginningOfTheRulesDecisions() {
        Property.forAll("as decided", 500, r -> {
            PlanDocument plan = PLANS.plan(r, Scenario.STRONG);
            List<TimelineEntry> timeline = timeline(r, plan);
            return new Case(RecordStory.AS_DECIDED, plan, timeline,
                    DecisionRecords.derive(r, RecordStory.AS_DECIDED, plan, timeline));
        }).describedBy(Case::toString).check(c -> {
            assertTrue(c.records().size() <= c.timeline().size());
            for (int i = 0; i < c.records().size(); i++) {
                assertEquals(c.timeline().get(i).decision(), c.records().get(i).decision());
                assertEquals(c.timeline().get(i).day(), c.records().get(i).day());
            }
            if (!c.timeline().isEmpty() && c.timeline().get(0).decision().recordable()) {
                assertTrue(!c.records().isEmpty(), "a reached decision people can record is recorded");
            }
        });
    }

    @Test
    void beyondPolicyRecordsOneExtensionMoreThanThePolicyAllows() {
        Property.forAll("beyond policy", 300, r -> {
            PlanDocument plan = PLANS.plan(r, Scenario.STRONG);
            return new Case(RecordStory.BEYOND_POLICY, plan, List.of(),
                    DecisionRecords.derive(r, RecordStory.BEYOND_POLICY, plan, List.of()));
        }).describedBy(Case::toString).check(c -> {
            int max = Policy.defaults().with(c.plan().policy()).maxExtensions();
            assertEquals(max + 1, c.records().stream().filter(x -> x.decision() == Decision.EXTEND).count());
        });
    }
}
