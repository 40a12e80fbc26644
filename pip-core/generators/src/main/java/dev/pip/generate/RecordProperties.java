package dev.pip.generate;


import dev.pip.core.Decision;
import dev.pip.core.PlanDocument;
import dev.pip.core.RecordedDecision;
import dev.pip.core.TimelineEntry;
import dev.pip.core.json.PlanJson;
import dev.pip.core.time.PlanCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The invariants of decisions of record (specification, section 11) for any evaluator: the rule
 * engine and the reference evaluator run the same properties on the same seeded plans, and so can
 * an application's own rules. Records are derived by {@link DecisionRecords} from the evaluator's
 * own timeline far in the future, then the plan is evaluated on its generated as-of date.
 *
 * <pre>{@code
 * PipEngine engine = PipEngine.builder().rules(myRules).build();
 * RecordProperties properties = RecordProperties.of((plan, asOf) -> {
 *     Evaluation e = engine.evaluate(plan, asOf);
 *     return new RecordProperties.Seen(e.decision(), e.timeline(), e.humanReviewRequired(),
 *             List.of(e.recommendation(), e.reasons(), e.findings()));
 * }, 300);
 * properties.theTimelineStartsWithTheRecordsUnchanged();
 * }</pre>
 *
 * <p>Each property runs on {@link Property}: a failure is an {@link AssertionError} naming the
 * seed that reruns it and the plan with its records.
 */
public final class RecordProperties {
    /** Days after the start at which every generated plan has reached the end of its story. */
    private static final int FAR = 500;
    private static final PlanGenerator DEFAULTS = PlanGenerator.defaults();
    private static final PlanGenerator EDGES = PlanGenerator.defaults().withEdgeCases(true).withAsOfSpread(5, 60);

    /**
     * What an evaluator answered, reduced to what the properties compare.
     *
     * @param decision            the latest decision
     * @param timeline            the timeline
     * @param humanReviewRequired whether a person must review the decision
     * @param rest                everything else that recording the rules' own decisions must leave
     *                            unchanged (for the engine: recommendation, reasons, findings, weeks,
     *                            needs, policy and rule set), compared with {@code equals}
     */
    public record Seen(Decision decision, List<TimelineEntry> timeline, boolean humanReviewRequired, Object rest) {
        /** Copies the timeline. */
        public Seen {
            Objects.requireNonNull(decision, "decision");
            timeline = List.copyOf(timeline);
        }
    }

    /** An evaluator under test. */
    @FunctionalInterface
    public interface Evaluator {
        /** Evaluates {@code plan} as of {@code asOf}. */
        Seen evaluate(PlanDocument plan, LocalDate asOf);
    }

    /**
     * A generated plan with records of {@code story} derived from {@code evaluator}'s own timeline.
     *
     * @param plan    the plan with its records
     * @param story   how the records relate to the rules' decisions
     * @param asOf    the date to evaluate on
     * @param without the same plan without records
     */
    public record Case(PlanDocument plan, RecordStory story, LocalDate asOf, PlanDocument without) {
        /** The records on or before as-of: the ones an evaluation on that date follows. */
        public List<RecordedDecision> reached() {
            int asOfDay = PlanCalendar.dayOf(plan.startDate(), asOf);
            return plan.decisions().stream().filter(r -> r.day() <= asOfDay).toList();
        }

        @Override
        public String toString() {
            return "as of " + asOf + " (" + story + ")\n" + PlanJson.writePretty(plan);
        }
    }

    private final Evaluator evaluator;
    private final int tries;

    private RecordProperties(Evaluator evaluator, int tries) {
        this.evaluator = evaluator;
        this.tries = tries;
    }

    /** The properties of {@code evaluator}, each over {@code tries} seeded plans. */
    public static RecordProperties of(Evaluator evaluator, int tries) {
        return new RecordProperties(evaluator, tries);
    }

    /** A plan (edge cases one time in three) with records of {@code story}, or of a random story when null. */
    public static Case next(RandomGenerator r, Evaluator evaluator, RecordStory story) {
        GeneratedPlan g = (r.nextInt(3) == 0 ? EDGES : DEFAULTS).next(r);
        List<TimelineEntry> own = evaluator.evaluate(g.plan(), g.plan().startDate().plusDays(FAR)).timeline();
        RecordStory chosen = story != null ? story : DecisionRecords.story(r);
        List<RecordedDecision> records = DecisionRecords.derive(r, chosen, g.plan(), own);
        return new Case(g.plan().toBuilder().decisions(records).build(), chosen, g.asOf(), g.plan());
    }

    private Property<Case> cases(String name, RecordStory story) {
        return Property.forAll(name, tries, r -> next(r, evaluator, story)).describedBy(Case::toString);
    }

    /** Recording exactly the rules' own decisions changes nothing but {@code recorded}, {@code by} and the review flag. */
    public void recordingTheRulesOwnDecisionsChangesOnlyWhoDecided() {
        cases("recording the rules' own decisions changes only who decided", RecordStory.AS_DECIDED).check(c -> {
            Seen own = evaluator.evaluate(c.without(), c.asOf());
            Seen recorded = evaluator.evaluate(c.plan(), c.asOf());
            List<RecordedDecision> reached = c.reached();
            Check.equal(own.decision(), recorded.decision());
            Check.equal(own.rest(), recorded.rest(), "nothing else changes, no finding is added");
            Check.equal(own.timeline().size(), recorded.timeline().size(), () -> recorded.timeline().toString());
            for (int i = 0; i < own.timeline().size(); i++) {
                TimelineEntry a = own.timeline().get(i);
                TimelineEntry b = recorded.timeline().get(i);
                Check.equal(List.of(a.decision(), a.day(), a.date()), List.of(b.decision(), b.day(), b.date()));
                Check.equal(i < reached.size(), b.recorded(), "entry " + i + " recorded");
                Check.equal(i < reached.size() ? reached.get(i).by() : Optional.empty(), b.by());
            }
            boolean latestRecorded = !recorded.timeline().isEmpty()
                    && recorded.timeline().get(recorded.timeline().size() - 1).recorded();
            Check.equal(own.humanReviewRequired() && !latestRecorded, recorded.humanReviewRequired());
        });
    }

    /** The timeline starts with the records on or before as-of, unchanged (NOT_ACTIVATABLE: empty). */
    public void theTimelineStartsWithTheRecordsUnchanged() {
        cases("the timeline starts with the records", null).check(c -> {
            Seen seen = evaluator.evaluate(c.plan(), c.asOf());
            if (seen.decision() == Decision.NOT_ACTIVATABLE) {
                Check.that(seen.timeline().isEmpty(), "NOT_ACTIVATABLE whatever the records");
                return;
            }
            List<RecordedDecision> reached = c.reached();
            Check.that(seen.timeline().size() >= reached.size(), () -> seen.timeline().toString());
            for (int i = 0; i < reached.size(); i++) {
                RecordedDecision r = reached.get(i);
                Check.equal(TimelineEntry.recorded(r, PlanCalendar.dateOf(c.plan().startDate(), r.day())),
                        seen.timeline().get(i));
            }
            for (TimelineEntry t : seen.timeline().subList(reached.size(), seen.timeline().size())) {
                Check.that(!t.recorded(), "after the records only the rules decide: " + seen.timeline());
            }
            if (!reached.isEmpty() && reached.get(reached.size() - 1).decision().endsTimeline()) {
                Check.equal(reached.size(), seen.timeline().size(), "a recorded ending ends the timeline");
            }
            Check.equal(seen.timeline().isEmpty() ? Decision.PENDING
                    : seen.timeline().get(seen.timeline().size() - 1).decision(), seen.decision());
        });
    }

    /**
     * A later as-of only appends to the timeline while no record falls between the two dates;
     * when one does, the later timeline still starts with the earlier one's records.
     */
    public void aLaterAsOfOnlyAppends() {
        cases("a later as-of only appends", null).check(c -> {
            LocalDate later = c.asOf().plusDays(1 + Math.floorMod(c.plan().planId().hashCode(), 90));
            Seen now = evaluator.evaluate(c.plan(), c.asOf());
            Seen then = evaluator.evaluate(c.plan(), later);
            int from = PlanCalendar.dayOf(c.plan().startDate(), c.asOf());
            int to = PlanCalendar.dayOf(c.plan().startDate(), later);
            boolean recordBetween = c.plan().decisions().stream().anyMatch(r -> r.day() > from && r.day() <= to);
            int kept = recordBetween ? Math.min(c.reached().size(), now.timeline().size()) : now.timeline().size();
            Check.that(then.timeline().size() >= kept, () -> now.timeline() + " -> " + then.timeline());
            Check.equal(now.timeline().subList(0, kept), then.timeline().subList(0, kept),
                    () -> now.timeline() + " -> " + then.timeline());
        });
    }
}
