package dev.pip.generate;

import dev.pip.core.Decision;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.RecordedDecision;
import dev.pip.core.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Derives decisions of record (a plan's {@code decisions}, specification section 11) from the
 * timeline an evaluator decided for a plan: the generator knows no rules, so the timeline comes
 * from any evaluator (the rule engine, the reference evaluator, a test's own).
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(11);
 * PlanDocument plan = PlanGenerator.defaults().plan(random, Scenario.FAILING_END);
 * List<TimelineEntry> rules = engine.evaluate(plan, plan.startDate().plusYears(1)).timeline();
 * PlanDocument recorded = DecisionRecords.withRecords(random, plan, rules);
 * }</pre>
 *
 * <p>Every list returned satisfies the format rules of section 11 (checked: a story that would
 * break them is cut back to its longest valid beginning).
 */
public final class DecisionRecords {
    private static final String[] PEOPLE = {"mgr-3", "hr-4", "hr-7", "mgr-12"};
    private static final String[] NOTES = {"gate review with HR", "HR reviewed the decision",
        "decided at the weekly meeting", "held late: manager on leave"};

    private DecisionRecords() {
    }

    /** {@code plan} with records of a random story: mostly the rules' own decisions, some not. */
    public static PlanDocument withRecords(RandomGenerator random, PlanDocument plan, List<TimelineEntry> timeline) {
        return plan.toBuilder().decisions(derive(random, story(random), plan, timeline)).build();
    }

    /** A random story: half of them as decided, the rest split over the other stories. */
    public static RecordStory story(RandomGenerator random) {
        int n = random.nextInt(10);
        return n < 5 ? RecordStory.AS_DECIDED : n < 7 ? RecordStory.OVERRIDDEN
                : n < 9 ? RecordStory.EARLY_OR_LATE : RecordStory.BEYOND_POLICY;
    }

    /**
     * Records telling {@code story} about {@code timeline}, the rules' own decisions for
     * {@code plan} (recorded entries in it count as decisions too).
     *
     * @return records, oldest first, valid for the plan's window; empty when the story has nothing
     *         to record (no decision reached yet)
     */
    public static List<RecordedDecision> derive(RandomGenerator random, RecordStory story, PlanDocument plan,
            List<TimelineEntry> timeline) {
        Policy policy = Policy.defaults().with(plan.policy());
        List<RecordedDecision> out = switch (story) {
            case AS_DECIDED -> asDecided(random, timeline, recordablePrefix(timeline));
            case OVERRIDDEN -> overridden(random, plan, policy, timeline);
            case EARLY_OR_LATE -> earlyOrLate(random, plan, asDecided(random, timeline, recordablePrefix(timeline)));
            case BEYOND_POLICY -> beyondPolicy(random, plan, policy);
        };
        return valid(out, plan);
    }

    /** How many leading entries are people's kind of decision (all but a final HR_REVIEW or INSUFFICIENT_DATA). */
    private static int recordablePrefix(List<TimelineEntry> timeline) {
        int n = 0;
        while (n < timeline.size() && timeline.get(n).decision().recordable()) {
            n++;
        }
        return n;
    }

    /** The first {@code 1..max} entries (mostly all of them) as records. */
    private static List<RecordedDecision> asDecided(RandomGenerator r, List<TimelineEntry> timeline, int max) {
        return first(r, timeline, max == 0 ? 0 : r.nextInt(3) > 0 ? max : 1 + r.nextInt(max));
    }

    /** The first {@code n} entries as records. */
    private static List<RecordedDecision> first(RandomGenerator r, List<TimelineEntry> timeline, int n) {
        List<RecordedDecision> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(record(r, timeline.get(i).day(), timeline.get(i).decision()));
        }
        return out;
    }

    private static RecordedDecision record(RandomGenerator r, int day, Decision decision) {
        Optional<String> by = r.nextInt(4) == 0 ? Optional.empty() : Optional.of(PEOPLE[r.nextInt(PEOPLE.length)]);
        Optional<String> note = r.nextInt(3) == 0 ? Optional.of(NOTES[r.nextInt(NOTES.length)]) : Optional.empty();
        return new RecordedDecision(day, decision, by, note);
    }

    /** The rules' decisions up to one of them, which people decide otherwise; nothing after it. */
    private static List<RecordedDecision> overridden(RandomGenerator r, PlanDocument plan, Policy policy,
            List<TimelineEntry> timeline) {
        if (timeline.isEmpty()) {
            return List.of();
        }
        int i = r.nextInt(timeline.size());
        List<RecordedDecision> out = first(r, timeline, i);
        TimelineEntry rules = timeline.get(i);
        boolean atGate = i == 0 && plan.windowDays() > policy.gateDay();
        boolean inMonitoring = i > 0 && timeline.get(i - 1).decision() == Decision.PASS;
        Decision other = switch (rules.decision()) {
            case CONTINUE -> r.nextInt(3) == 0 ? Decision.EXIT : r.nextBoolean() ? Decision.EXTEND : Decision.PASS;
            case EXIT, HR_REVIEW -> atGate ? Decision.CONTINUE : Decision.EXTEND;
            case EXTEND -> r.nextBoolean() ? Decision.PASS : Decision.EXIT;
            case PASS -> Decision.EXTEND;
            case REGRESSION -> Decision.CLOSED;
            case CLOSED -> Decision.REGRESSION;
            case INSUFFICIENT_DATA -> inMonitoring ? Decision.CLOSED : atGate ? Decision.CONTINUE : Decision.PASS;
            default -> throw new IllegalStateException("not in a timeline of an activatable plan: " + rules);
        };
        int day = other == Decision.CONTINUE ? Math.min(rules.day(), plan.windowDays() - 7) : rules.day();
        out.add(record(r, day, other));
        return out;
    }

    /** The last record moved 1 to 6 days earlier or later (an early one never before the record it follows). */
    private static List<RecordedDecision> earlyOrLate(RandomGenerator r, PlanDocument plan,
            List<RecordedDecision> records) {
        if (records.isEmpty()) {
            return records;
        }
        List<RecordedDecision> out = new ArrayList<>(records);
        RecordedDecision last = out.get(out.size() - 1);
        int shift = (1 + r.nextInt(6)) * (r.nextBoolean() ? 1 : -1);
        int floor = out.size() > 1 ? out.get(out.size() - 2).day() + 1 : 1;
        int ceiling = last.decision() == Decision.CONTINUE ? plan.windowDays() - 7 : Integer.MAX_VALUE;
        int day = Math.max(floor, Math.min(ceiling, last.day() + shift));
        out.set(out.size() - 1, new RecordedDecision(day, last.decision(), last.by(), last.note()));
        return out;
    }

    /** The gate passed (when the plan has one before its end), then one EXTEND more than the policy allows. */
    private static List<RecordedDecision> beyondPolicy(RandomGenerator r, PlanDocument plan, Policy policy) {
        List<RecordedDecision> out = new ArrayList<>();
        if (plan.windowDays() > policy.gateDay()) {
            out.add(record(r, Math.min(policy.gateDay(), plan.windowDays() - 7), Decision.CONTINUE));
        }
        int day = plan.windowDays();
        for (int i = 0; i <= policy.maxExtensions(); i++) {
            out.add(record(r, day, Decision.EXTEND));
            day += policy.extensionDays();
        }
        return out;
    }

    /**
     * The longest beginning of {@code records} that breaks no format rule, as the model itself
     * checks them: {@code plan} with only its records replaced builds without problems (the rest
     * of the plan is valid already, so any problem is one of the records).
     */
    private static List<RecordedDecision> valid(List<RecordedDecision> records, PlanDocument plan) {
        List<RecordedDecision> out = records;
        while (!out.isEmpty() && !buildsWith(plan, out)) {
            out = out.subList(0, out.size() - 1);
        }
        return List.copyOf(out);
    }

    private static boolean buildsWith(PlanDocument plan, List<RecordedDecision> records) {
        try {
            plan.toBuilder().decisions(records).build();
            return true;
        } catch (InvalidPlanException e) {
            return false;
        }
    }
}
