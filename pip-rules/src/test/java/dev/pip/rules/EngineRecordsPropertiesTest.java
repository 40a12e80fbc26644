package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.Target;
import dev.pip.core.TargetWeek;
import dev.pip.core.TimelineEntry;
import dev.pip.core.WeekStatus;
import dev.pip.core.json.EvaluationJson;
import dev.pip.core.json.PlanJson;
import dev.pip.core.time.PlanCalendar;
import dev.pip.generate.Property;
import dev.pip.generate.RecordProperties;
import dev.pip.generate.RecordProperties.Seen;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps the invariants of decisions of record (specification, section 11), on plans
 * whose records are derived from the engine's own timeline (seeded; see {@code Property} for reruns).
 */
class EngineRecordsPropertiesTest {
    private static final int TRIES = 300;
    private static PipEngine engine;
    private static RecordProperties properties;

    @BeforeAll
    static void build() {
        engine = PipEngine.withDefaultRules();
        properties = RecordProperties.of(EngineRecordsPropertiesTest::seen, TRIES);
    }

    private static Seen seen(PlanDocument plan, LocalDate asOf) {
        Evaluation e = engine.evaluate(plan, asOf);
        return new Seen(e.decision(), e.timeline(), e.humanReviewRequired(), List.of(e.recommendation(),
                e.reasons(), e.findings(), e.weeks(), e.needs(), e.policy(), e.ruleSet()));
    }

    @Test
    void plansWithRecordsAndTheirEvaluationsSurviveAJsonRoundTrip() {
        Property.forAll("records: JSON round trip", TRIES, r -> RecordProperties.next(r,
                EngineRecordsPropertiesTest::seen, null)).describedBy(RecordProperties.Case::toString).check(c -> {
                    PlanDocument read = PlanJson.read(PlanJson.write(c.plan()), "generated");
                    assertEquals(c.plan(), read);
                    Evaluation e = engine.evaluate(read, c.asOf());
                    assertEquals(engine.evaluate(c.plan(), c.asOf()), e);
                    assertEquals(e, EvaluationJson.read(EvaluationJson.write(e)));
                });
    }

    @Test
    void recordingTheRulesOwnDecisionsChangesOnlyWhoDecided() {
        properties.recordingTheRulesOwnDecisionsChangesOnlyWhoDecided();
    }

    @Test
    void theTimelineStartsWithTheRecordsUnchanged() {
        properties.theTimelineStartsWithTheRecordsUnchanged();
    }

    @Test
    void aLaterAsOfOnlyAppends() {
        properties.aLaterAsOfOnlyAppends();
    }

    /**
     * The weekly checkpoint lists each week so far exactly once (specification, sections 4 and 11):
     * weeks 1 to N in order, no gap, no repeat, each with every target that has a baseline and a
     * goal, where N = min(the last week ended by as-of, the last week ending by the timeline's
     * reach), and no week for a plan that cannot be activated. The timeline's reach follows its
     * windows: the first is due on the gate day (on the last day of the plan when the plan ends by
     * its gate day); after CONTINUE the window is due on the last day of the plan, after EXTEND on
     * day x on day x + extensionDays, after PASS on day x on day x + monitoringDays; a decision that
     * opens no window ends the timeline. Each window reaches its due day, or the day of the decision
     * that concluded it when that came later (a decision point held late): the reach is the
     * furthest of these days.
     */
    @Test
    void theWeeklyCheckpointListsEachWeekSoFarOnce() {
        Property.forAll("records: each week so far once", TRIES, r -> RecordProperties.next(r,
                EngineRecordsPropertiesTest::seen, null)).describedBy(RecordProperties.Case::toString).check(c -> {
                    Evaluation e = engine.evaluate(c.plan(), c.asOf());
                    List<Integer> listed = e.weeks().stream().map(WeekStatus::week).toList();
                    int last = e.decision() == Decision.NOT_ACTIVATABLE ? 0
                            : Math.max(0, Math.min(Math.floorDiv(PlanCalendar.dayOf(c.plan().startDate(), c.asOf()), 7),
                                    Math.floorDiv(reach(c.plan(), e), 7)));
                    assertEquals(IntStream.rangeClosed(1, last).boxed().toList(), listed, e.timeline()::toString);
                    List<String> targets = c.plan().targets().stream()
                            .filter(t -> t.goal().isPresent() && t.baseline().isPresent()).map(Target::id).toList();
                    for (WeekStatus w : e.weeks()) {
                        assertEquals(targets, w.targets().stream().map(TargetWeek::target).toList(), "week " + w.week());
                    }
                });
    }

    /** The furthest day of the timeline's windows, as {@link #theWeeklyCheckpointListsEachWeekSoFarOnce} says. */
    private static int reach(PlanDocument plan, Evaluation e) {
        Policy p = e.policy();
        int due = plan.windowDays() > p.gateDay() ? p.gateDay() : plan.windowDays();
        int reach = due;
        for (TimelineEntry t : e.timeline()) {
            reach = Math.max(reach, t.day());
            switch (t.decision()) {
                case CONTINUE -> due = plan.windowDays();
                case EXTEND -> due = t.day() + p.extensionDays();
                case PASS -> due = t.day() + p.monitoringDays();
                default -> {
                    return reach;
                }
            }
            reach = Math.max(reach, due);
        }
        return reach;
    }
}
