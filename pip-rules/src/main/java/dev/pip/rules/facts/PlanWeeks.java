package dev.pip.rules.facts;

import dev.pip.core.CheckIn;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.RecordedDecision;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.TrackedMetric;
import dev.pip.core.time.PlanCalendar;
import dev.pip.core.time.WeekRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A plan's weekly data as of the evaluation date, and the arithmetic the rules ask of it: when a
 * rule opens a window it calls {@link #open}, which inserts the window with its weeks, each
 * target's values against the goal in force and their mean; the fairness guards call {@link #tally}.
 * Nothing here decides: it only counts and averages. One per evaluation.
 */
public final class PlanWeeks {
    private final PlanDocument plan;
    private final Policy policy;
    private final int asOfDay;
    private final Map<String, SortedMap<Integer, Double>> weekly = new HashMap<>();
    private final Map<String, List<Observation>> byMetric = new HashMap<>();
    private final LocalDate asOf;
    private final Set<Integer> held = new HashSet<>();
    private final Map<Integer, Double> deliveredByWeek = new HashMap<>();
    private final double committedPerWeek;
    private final List<Recorded> recorded = new ArrayList<>();
    /** The day of the recorded decision answering each window, by the window's id. */
    private final Map<Integer, Integer> recordAnswering = new HashMap<>();

    /**
     * The data of {@code plan} as of {@code asOf}, under {@code policy}.
     *
     * @param plan   the plan document
     * @param policy the policy in force
     * @param asOf   the evaluation date
     */
    public PlanWeeks(PlanDocument plan, Policy policy, LocalDate asOf) {
        this.plan = plan;
        this.policy = policy;
        this.asOf = asOf;
        this.asOfDay = PlanCalendar.dayOf(plan.startDate(), asOf);
        for (Observation o : plan.observations()) {
            byMetric.computeIfAbsent(o.metric(), k -> new ArrayList<>()).add(o);
        }
        for (CheckIn c : plan.checkIns()) {
            if (c.held()) {
                held.add(c.week());
            }
        }
        for (SupportDelivery d : plan.supportDelivered()) {
            deliveredByWeek.merge(d.week(), d.count(), Double::sum);
        }
        committedPerWeek = plan.support().stream().mapToDouble(SupportCommitment::perWeek).sum();
        int previous = 0;
        for (RecordedDecision r : plan.decisions()) {
            if (r.day() > asOfDay) {
                break;
            }
            recorded.add(new Recorded(r.day(), r.decision(), previous, r.by()));
            recordAnswering.putIfAbsent(previous, r.day());
            previous = r.day();
        }
    }

    /**
     * The decisions people recorded on or before as-of, in order, each with the day of the record
     * before it: the record whose {@code previousDay} is a window's id answers that window.
     */
    public List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    /** Support committed per week, summed over the commitments. */
    public double committedPerWeek() {
        return committedPerWeek;
    }

    /** Every delivery of support recorded for plan week {@code week}, of any kind. */
    public double delivered(int week) {
        return deliveredByWeek.getOrDefault(week, 0.0);
    }

    /** Whether a check-in of plan week {@code week} was held. */
    public boolean held(int week) {
        return held.contains(week);
    }

    /** The plan day of the evaluation date (day 1 is the start date). */
    public int asOfDay() {
        return asOfDay;
    }

    private SortedMap<Integer, Double> values(String metric) {
        return weekly.computeIfAbsent(metric,
                m -> PlanCalendar.weeklyValues(plan.startDate(), byMetric.getOrDefault(m, List.of()), asOf));
    }

    /**
     * Opens the window from the decision on {@code previousDay} to the one due on {@code day}: inserts
     * it, logically (withdrawn with the conditions of the rule that opened it), with its facts as
     * {@link #layOut} lays them out.
     *
     * @param kcontext    the opening rule's context ({@code kcontext} in a consequence)
     * @param kind        what is decided at its end
     * @param previousDay the day of the decision that opens it (0 at the start)
     * @param day         the day its decision is due
     * @param afterGate   whether the goal after the gate is in force
     * @param inExtension whether the goal in an extension is in force
     */
    public void open(RuleContext kcontext, WindowKind kind, int previousDay, int day, boolean afterGate,
            boolean inExtension) {
        for (Object fact : layOut(kind, previousDay, day, afterGate, inExtension)) {
            kcontext.insertLogical(fact);
        }
    }

    /**
     * The window from the decision on {@code previousDay} to the one due on {@code day} and its
     * facts: the {@link Window} first (the plan weeks ending after the one and on or before the
     * other), then a {@link TargetWindow} per target with a baseline and a goal, a {@link WeekValue}
     * per target and week ended by as-of, and a {@link TrackedTrend} per tracked metric (none in
     * monitoring), each keyed by the window's id. When the decision recorded for this window (the
     * {@link #recorded()} one whose previous day is {@code previousDay}) came after the due day, the
     * weeks ending after the due day and on or before the record's day were still in this window:
     * each gets a {@link WeekValue} too, against the same goal, marked not {@code judged} (the
     * weekly checkpoint shows it, no decision judges it: specification, sections 4 and 11).
     *
     * @param kind        what is decided at its end
     * @param previousDay the day of the decision that opens it (0 at the start)
     * @param day         the day its decision is due
     * @param afterGate   whether the goal after the gate is in force
     * @param inExtension whether the goal in an extension is in force
     * @return the window, then its facts
     */
    public List<Object> layOut(WindowKind kind, int previousDay, int day, boolean afterGate, boolean inExtension) {
        WeekRange weeks = PlanCalendar.judgedWeeks(previousDay, day);
        int lastEnded = Math.min(weeks.last(), Math.floorDiv(asOfDay, 7));
        // Records are on or before as-of, so every week up to the record's day has ended.
        int lastShown = Math.max(lastEnded, Math.floorDiv(recordAnswering.getOrDefault(previousDay, 0), 7));
        List<TargetWindow> targets = new ArrayList<>();
        List<WeekValue> weekValues = new ArrayList<>();
        for (Target t : plan.targets()) {
            if (t.goal().isEmpty() || t.baseline().isEmpty()) {
                continue;
            }
            double goal = goal(t, afterGate, inExtension);
            double baseline = t.baseline().getAsDouble();
            SortedMap<Integer, Double> v = values(t.id());
            List<Integer> missing = new ArrayList<>();
            List<Double> seen = new ArrayList<>();
            int ended = 0;
            double sum = 0;
            for (int week = weeks.first(); week <= lastEnded; week++) {
                ended++;
                Double value = v.get(week);
                if (value == null) {
                    missing.add(week);
                } else {
                    seen.add(value);
                    sum += value;
                }
                weekValues.add(weekValue(previousDay, t, week, value, goal, true));
            }
            for (int week = Math.max(weeks.first(), lastEnded + 1); week <= lastShown; week++) {
                Double value = v.get(week);
                weekValues.add(weekValue(previousDay, t, week, value, goal, false));
            }
            double mean = seen.isEmpty() ? 0 : PlanCalendar.settled(sum / seen.size());
            // + 0.0 turns -0.0 (no change against an AT_MOST goal) into 0.0: rule constraints compare
            // boxed doubles, where -0.0 is below 0.0 and a zero improvementShare would not be reached.
            double gapClosed = goal == baseline ? 0 : PlanCalendar.settled((mean - baseline) / (goal - baseline)) + 0.0;
            boolean complete = weeks.size() > 0 && ended == weeks.size() && missing.isEmpty();
            targets.add(new TargetWindow(previousDay, t.id(), t.displayName(), t.isBehavioural(), t.direction(),
                    t.judged(), baseline, goal, weeks.size(), ended, complete, missing, seen, sum, mean, gapClosed));
        }
        List<Object> out = new ArrayList<>(1 + targets.size() + weekValues.size() + plan.trackedMetrics().size());
        out.add(new Window(previousDay, kind, previousDay, day, weeks.first(), weeks.last(), day <= asOfDay,
                afterGate, inExtension));
        out.addAll(targets);
        out.addAll(weekValues);
        if (kind != WindowKind.MONITORING) {
            out.addAll(trends(previousDay, weeks));
        }
        return out;
    }

    private static WeekValue weekValue(int window, Target t, int week, Double value, double goal, boolean judged) {
        return new WeekValue(window, t.id(), t.displayName(), t.isBehavioural(), week, PlanCalendar.lastDay(week),
                value != null, value == null ? 0 : value, goal, t.direction(), judged);
    }

    /**
     * The goal in force: up to the gate the goal; after the gate goalAfterGate if set (a plan that
     * ends on its gate day has no days after it); in an extension goalInExtension if set, else the
     * goal in force before it.
     */
    private double goal(Target t, boolean afterGate, boolean inExtension) {
        double goal = t.goal().orElseThrow();
        double base = afterGate && plan.windowDays() > policy.gateDay() ? t.goalAfterGate().orElse(goal) : goal;
        return inExtension ? t.goalInExtension().orElse(base) : base;
    }

    private List<TrackedTrend> trends(int window, WeekRange weeks) {
        WeekRange first = PlanCalendar.judgedWeeks(0, policy.gateDay());
        List<TrackedTrend> out = new ArrayList<>();
        for (TrackedMetric m : plan.trackedMetrics()) {
            SortedMap<Integer, Double> v = values(m.id());
            Double after = meanOfPresent(v, weeks);
            Double before = m.baseline().isPresent() ? Double.valueOf(m.baseline().getAsDouble())
                    : first.equals(weeks) ? null : meanOfPresent(v, first);
            out.add(new TrackedTrend(window, m.id(), m.name().orElse(m.id()), m.direction(),
                    before != null && after != null, before == null ? 0 : before, after == null ? 0 : after));
        }
        return out;
    }

    private static Double meanOfPresent(SortedMap<Integer, Double> values, WeekRange weeks) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<Integer, Double> e : values.subMap(weeks.first(), weeks.last() + 1).entrySet()) {
            sum += e.getValue();
            n++;
        }
        return n == 0 ? null : PlanCalendar.settled(sum / n);
    }

    /**
     * Support and check-ins up to a decision day, for the fairness guards: over plan weeks 1 to the
     * last one ending on or before {@code day}.
     *
     * @param day the decision day
     * @return the tally
     */
    public Tally tally(int day) {
        int weeks = Math.floorDiv(day, 7);
        double delivered = 0;
        for (Map.Entry<Integer, Double> d : deliveredByWeek.entrySet()) {
            if (d.getKey() <= weeks) {
                delivered += d.getValue();
            }
        }
        List<Integer> missed = new ArrayList<>();
        for (int week = 1; week <= weeks; week++) {
            if (!held.contains(week)) {
                missed.add(week);
            }
        }
        return new Tally(day, weeks, committedPerWeek * weeks, delivered, missed.size(), missed);
    }
}
