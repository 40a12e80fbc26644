package dev.pip.rules.internal;

import dev.pip.core.CheckIn;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.TrackedMetric;
import dev.pip.core.time.PlanCalendar;
import dev.pip.core.time.WeekRange;
import dev.pip.rules.facts.Attribute;
import dev.pip.rules.facts.Hire;
import dev.pip.rules.facts.PlanFact;
import dev.pip.rules.facts.Tally;
import dev.pip.rules.facts.TargetFact;
import dev.pip.rules.facts.TargetWindow;
import dev.pip.rules.facts.TrackedTrend;
import dev.pip.rules.facts.WeekValue;
import dev.pip.rules.facts.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns one plan into the facts the rules decide on. Only arithmetic happens here (roll-ups,
 * means, tallies, the goal in force of each window); every decision is left to the rules.
 */
public final class PlanFacts {
    private final PlanDocument plan;
    private final Policy policy;
    private final LocalDate asOf;
    private final int asOfDay;
    private final Map<String, SortedMap<Integer, Double>> weekly = new HashMap<>();
    /** The observations of each metric, in document order. */
    private final Map<String, List<Observation>> byMetric = new HashMap<>();
    private final List<Object> facts = new ArrayList<>();
    private final List<Window> windows = new ArrayList<>();

    private PlanFacts(PlanDocument plan, Policy policy, LocalDate asOf) {
        this.plan = plan;
        this.policy = policy;
        this.asOf = asOf;
        this.asOfDay = PlanCalendar.dayOf(plan.startDate(), asOf);
        for (Observation o : plan.observations()) {
            byMetric.computeIfAbsent(o.metric(), k -> new ArrayList<>()).add(o);
        }
    }

    /** Every fact for {@code plan} evaluated on {@code asOf} under {@code policy}. */
    public static List<Object> of(PlanDocument plan, Policy policy, LocalDate asOf) {
        PlanFacts f = new PlanFacts(plan, policy, asOf);
        f.build();
        return f.facts;
    }

    /** The weekly values of one metric, rolled up as of the evaluation date; computed once per metric. */
    private SortedMap<Integer, Double> values(String metric) {
        return weekly.computeIfAbsent(metric,
                m -> PlanCalendar.weeklyValues(plan.startDate(), byMetric.getOrDefault(m, List.of()), asOf));
    }

    private void build() {
        facts.add(policy);
        facts.add(new PlanFact(plan.planId(), plan.startDate(), plan.windowDays(), asOfDay, plan.checkInsPerWeek()));
        facts.add(plan.diagnosis());
        facts.add(plan.approvals());
        plan.rep().hireDate().ifPresent(d -> facts.add(new Hire(d)));
        facts.addAll(plan.support());
        plan.attributes().forEach((name, value) -> facts.add(new Attribute(name, value)));
        for (Target t : plan.targets()) {
            facts.add(new TargetFact(t.id(), t.displayName(), t.isBehavioural(), t.direction(),
                    t.baseline().isPresent(), t.baseline().orElse(0), t.goal().isPresent(), t.goal().orElse(0),
                    t.source().isPresent()));
        }
        if (asOfDay < 1 || plan.windowDays() < policy.gateDay()) {
            return;
        }
        candidateWindows();
        for (Window w : windows) {
            facts.add(w);
            judgedTargets(w);
        }
        tallies();
    }

    /** Every window some timeline could open by as-of: gate, end, extensions, monitoring after each possible PASS. */
    private void candidateWindows() {
        int gate = policy.gateDay();
        int end = plan.windowDays();
        boolean daysAfterGate = end > gate;
        addWindow(false, 0, gate, GoalPhase.BEFORE_GATE);
        if (daysAfterGate) {
            addWindow(false, gate, end, GoalPhase.AFTER_GATE);
        }
        for (int k = 0; k <= policy.maxExtensions(); k++) {
            int passDay = end + k * policy.extensionDays();
            if (passDay > asOfDay) {
                break;
            }
            GoalPhase phase = k == 0 ? (daysAfterGate ? GoalPhase.AFTER_GATE : GoalPhase.BEFORE_GATE)
                    : GoalPhase.EXTENSION;
            addWindow(true, passDay, passDay + policy.monitoringDays(), phase);
            if (k < policy.maxExtensions()) {
                addWindow(false, passDay, passDay + policy.extensionDays(), GoalPhase.EXTENSION);
            }
        }
    }

    private enum GoalPhase { BEFORE_GATE, AFTER_GATE, EXTENSION }

    private final Map<Integer, GoalPhase> phases = new HashMap<>();

    private void addWindow(boolean monitoring, int previousDay, int day, GoalPhase phase) {
        WeekRange weeks = PlanCalendar.judgedWeeks(previousDay, day);
        Window w = new Window(windows.size() + 1, monitoring, previousDay, day, weeks.first(), weeks.last(),
                day <= asOfDay);
        phases.put(w.id(), phase);
        windows.add(w);
    }

    private double goal(Target t, GoalPhase phase) {
        boolean daysAfterGate = plan.windowDays() > policy.gateDay();
        return switch (phase) {
            case BEFORE_GATE -> GoalsInForce.beforeGate(t);
            case AFTER_GATE -> GoalsInForce.afterGate(t, daysAfterGate);
            case EXTENSION -> GoalsInForce.inExtension(t, daysAfterGate);
        };
    }

    private void judgedTargets(Window w) {
        WeekRange weeks = new WeekRange(w.firstWeek(), w.lastWeek());
        int lastEnded = Math.floorDiv(asOfDay, 7);
        for (Target t : plan.targets()) {
            if (t.goal().isEmpty() || t.baseline().isEmpty()) {
                continue;
            }
            double goal = goal(t, phases.get(w.id()));
            double baseline = t.baseline().getAsDouble();
            SortedMap<Integer, Double> v = values(t.id());
            List<Integer> missing = new ArrayList<>();
            List<Double> seen = new ArrayList<>();
            int ended = 0;
            double sum = 0;
            for (int week = weeks.first(); week <= weeks.last() && week <= lastEnded; week++) {
                ended++;
                Double value = v.get(week);
                if (value == null) {
                    missing.add(week);
                } else {
                    seen.add(value);
                    sum += value;
                }
                facts.add(new WeekValue(w.id(), t.id(), t.displayName(), t.isBehavioural(), week,
                        PlanCalendar.lastDay(week), value != null, value == null ? 0 : value, goal, t.direction()));
            }
            double mean = seen.isEmpty() ? 0 : PlanCalendar.settled(sum / seen.size());
            // + 0.0 turns -0.0 (no change against an AT_MOST goal) into 0.0: rule constraints compare
            // boxed doubles, where -0.0 is below 0.0 and a zero improvementShare would not be reached.
            double gapClosed = goal == baseline ? 0 : PlanCalendar.settled((mean - baseline) / (goal - baseline)) + 0.0;
            boolean complete = weeks.size() > 0 && ended == weeks.size() && missing.isEmpty();
            facts.add(new TargetWindow(w.id(), t.id(), t.displayName(), t.isBehavioural(), t.direction(), t.judged(),
                    baseline, goal, weeks.size(), ended, complete, missing, seen, sum, mean, gapClosed));
        }
        if (!w.monitoring()) {
            trackedTrends(w, weeks);
        }
    }

    private void trackedTrends(Window w, WeekRange weeks) {
        WeekRange first = PlanCalendar.judgedWeeks(0, policy.gateDay());
        for (TrackedMetric m : plan.trackedMetrics()) {
            SortedMap<Integer, Double> v = values(m.id());
            Double after = meanOfPresent(v, weeks);
            Double before = m.baseline().isPresent() ? Double.valueOf(m.baseline().getAsDouble())
                    : first.equals(weeks) ? null : meanOfPresent(v, first);
            facts.add(new TrackedTrend(w.id(), m.id(), m.name().orElse(m.id()), m.direction(),
                    before != null && after != null, before == null ? 0 : before, after == null ? 0 : after));
        }
    }

    private static Double meanOfPresent(SortedMap<Integer, Double> values, WeekRange weeks) {
        double sum = 0;
        int n = 0;
        for (int week = weeks.first(); week <= weeks.last(); week++) {
            Double value = values.get(week);
            if (value != null) {
                sum += value;
                n++;
            }
        }
        return n == 0 ? null : PlanCalendar.settled(sum / n);
    }

    /** Support and check-in tallies for every decision day a window could close on by as-of. */
    private void tallies() {
        TreeSet<Integer> days = new TreeSet<>();
        windows.stream().filter(w -> !w.monitoring() && w.reached()).forEach(w -> days.add(w.day()));
        double perWeek = plan.support().stream().mapToDouble(SupportCommitment::perWeek).sum();
        Set<Integer> held = plan.checkIns().stream().filter(CheckIn::held).map(CheckIn::week).collect(Collectors.toSet());
        for (int day : days) {
            int weeks = Math.floorDiv(day, 7);
            double delivered = plan.supportDelivered().stream().filter(s -> s.week() <= weeks)
                    .mapToDouble(SupportDelivery::count).sum();
            List<Integer> missed = new ArrayList<>();
            for (int week = 1; week <= weeks; week++) {
                if (!held.contains(week)) {
                    missed.add(week);
                }
            }
            facts.add(new Tally(day, weeks, perWeek * weeks, delivered, missed.size(), missed));
        }
    }
}
