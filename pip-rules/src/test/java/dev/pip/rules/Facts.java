package dev.pip.rules;

import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.time.PlanCalendar;
import dev.pip.core.time.WeekRange;
import dev.pip.rules.facts.PlanFact;
import dev.pip.rules.facts.PlanWeeks;
import dev.pip.rules.facts.Reached;
import dev.pip.rules.facts.Ruling;
import dev.pip.rules.facts.TargetWindow;
import dev.pip.rules.facts.TrackedTrend;
import dev.pip.rules.facts.Verdict;
import dev.pip.rules.facts.WeekValue;
import dev.pip.rules.facts.Window;
import dev.pip.rules.facts.WindowKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-made facts for focused rule tests: the minimal facts a rule needs, built in one line each. */
final class Facts {
    static final Policy POLICY = Policy.defaults();

    private Facts() {
    }

    /** The default policy with some parameters changed. */
    static Policy policy(Object... namesAndValues) {
        PolicyOverrides o = Plans.overrides(namesAndValues);
        return POLICY.with(o);
    }

    /** A plan of {@code windowDays} days evaluated on plan day {@code asOfDay}, one check-in a week. */
    static PlanFact plan(int windowDays, int asOfDay) {
        return new PlanFact("P", Plans.START, windowDays, asOfDay, 1);
    }

    /**
     * A window of {@code kind} opened by the decision on {@code previousDay} (its id) and due on
     * {@code day}, with its judged weeks; the goal before the gate is in force.
     */
    static Window window(WindowKind kind, int previousDay, int day, boolean reached) {
        WeekRange weeks = PlanCalendar.judgedWeeks(previousDay, day);
        return new Window(previousDay, kind, previousDay, day, weeks.first(), weeks.last(), reached, false, false);
    }

    /**
     * The window of {@link #window} followed by its facts (targets, week values, tracked trends),
     * as a rule opening it inserts them; {@link RuleHarness#run} inserts each.
     */
    static List<Object> windowWith(WindowKind kind, int previousDay, int day, boolean reached, Object... parts) {
        List<Object> out = new ArrayList<>();
        out.add(window(kind, previousDay, day, reached));
        for (Object part : parts) {
            if (!(part instanceof TargetWindow || part instanceof WeekValue || part instanceof TrackedTrend)) {
                throw new IllegalArgumentException("not part of a window: " + part);
            }
            out.add(part);
        }
        return out;
    }

    /** The verdicts the rules left, as (window, day, decision): their rule and wording are left out. */
    static List<Decided> verdicts(RuleHarness h) {
        return h.facts(Verdict.class).stream()
                .map(v -> new Decided(v.window(), v.day(), v.decision())).toList();
    }

    /** The decisions reached on the timeline, as (window, day, decision). */
    static List<Decided> reached(RuleHarness h) {
        return h.facts(Reached.class).stream().map(r -> new Decided(r.window(), r.day(), r.decision())).toList();
    }

    /** The rulings the rules left (after the guards), as (window, day, decision). */
    static List<Decided> rulings(RuleHarness h) {
        return h.facts(Ruling.class).stream().map(r -> new Decided(r.window(), r.day(), r.decision())).toList();
    }

    /** A verdict of rule {@code rule} on window {@code window}, as the rules would insert it. */
    static Verdict verdict(int window, int day, Decision decision) {
        return new Verdict(window, day, decision, "a rule", decision + " on day " + day + ".");
    }

    /** The plan's weekly data on plan day {@code asOfDay}, under the default policy. */
    static PlanWeeks weeks(PlanDocument plan, int asOfDay) {
        return new PlanWeeks(plan, POLICY, Plans.day(asOfDay));
    }

    /** The rules' own decision {@code decision} on {@code day}, concluding window {@code window}. */
    static Reached reached(int window, Decision decision, int day) {
        return new Reached(window, decision, day, false, Optional.empty());
    }

    /** A decision at a window's end, without its wording: what a focused test compares. */
    record Decided(int window, int day, Decision decision) {
    }

    /**
     * A target over window {@code window} judging {@code weeks} weeks, with the values of the weeks
     * ended so far (NaN for an ended week without data).
     */
    static TargetWindow target(int window, String id, boolean behavioural, Direction direction, Judged judged,
            double baseline, double goal, int weeks, double... ended) {
        List<Integer> missing = new ArrayList<>();
        List<Double> seen = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < ended.length; i++) {
            if (Double.isNaN(ended[i])) {
                missing.add(i + 1);
            } else {
                seen.add(ended[i]);
                sum += ended[i];
            }
        }
        double mean = seen.isEmpty() ? 0 : sum / seen.size();
        double gap = goal == baseline ? 0 : (mean - baseline) / (goal - baseline);
        boolean complete = ended.length == weeks && missing.isEmpty();
        return new TargetWindow(window, id, id, behavioural, direction, judged, baseline, goal, weeks, ended.length,
                complete, missing, seen, sum, mean, gap);
    }

    /** A behavioural AT_LEAST EVERY_WEEK target from baseline 8 to goal 15 over 4 weeks. */
    static TargetWindow target(int window, String id, double... ended) {
        return target(window, id, true, Direction.AT_LEAST, Judged.EVERY_WEEK, 8, 15, 4, ended);
    }

    /** One target's value in one judged week (NaN for no data), against goal {@code goal} AT_LEAST. */
    static WeekValue week(int window, String target, int week, double value, double goal) {
        return new WeekValue(window, target, target, true, week, PlanCalendar.lastDay(week), !Double.isNaN(value),
                Double.isNaN(value) ? 0 : value, goal, Direction.AT_LEAST, true);
    }

    /**
     * As {@link #week}, for a week in the weekly checkpoint only: after the window's due day, before
     * the late record answering it.
     */
    static WeekValue shownWeek(int window, String target, int week, double value, double goal) {
        return new WeekValue(window, target, target, true, week, PlanCalendar.lastDay(week), !Double.isNaN(value),
                Double.isNaN(value) ? 0 : value, goal, Direction.AT_LEAST, false);
    }
}
