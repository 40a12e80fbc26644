package dev.pip.rules;

import dev.pip.core.Direction;
import dev.pip.core.Judged;
import dev.pip.core.Policy;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.time.PlanCalendar;
import dev.pip.core.time.WeekRange;
import dev.pip.rules.facts.PlanFact;
import dev.pip.rules.facts.TargetWindow;
import dev.pip.rules.facts.WeekValue;
import dev.pip.rules.facts.Window;
import java.util.ArrayList;
import java.util.List;

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

    /** A decision window from {@code previousDay} to {@code day}, with its judged weeks. */
    static Window window(int id, boolean monitoring, int previousDay, int day, boolean reached) {
        WeekRange weeks = PlanCalendar.judgedWeeks(previousDay, day);
        return new Window(id, monitoring, previousDay, day, weeks.first(), weeks.last(), reached);
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

    /** One target's value in one week (NaN for no data), against goal {@code goal} AT_LEAST. */
    static WeekValue week(int window, String target, int week, double value, double goal) {
        return new WeekValue(window, target, target, true, week, PlanCalendar.lastDay(week), !Double.isNaN(value),
                Double.isNaN(value) ? 0 : value, goal, Direction.AT_LEAST);
    }
}
