package dev.pip.examples.reference;

import dev.pip.core.CheckIn;
import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.TimelineEntry;
import dev.pip.core.time.PlanCalendar;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline of an activatable plan up to as-of (specification, sections 3 and 5-8): the gate, the
 * final decision, extensions, monitoring, and the fairness guards on every EXIT.
 */
final class Timeline {
    private enum Phase { BEFORE_GATE, AFTER_GATE, EXTENSION }

    private enum Verdict { MISSING, MET, IMPROVED, FAILED }

    private final PlanDocument plan;
    private final Policy policy;
    private final int asOfDay;
    private final List<Target> targets;
    private final boolean daysAfterGate;
    private final List<TimelineEntry> entries = new ArrayList<>(4);
    private WeeklyValues values;

    Timeline(PlanDocument plan, Policy policy, int asOfDay) {
        this.plan = plan;
        this.policy = policy;
        this.asOfDay = asOfDay;
        this.targets = plan.behaviouralTargets();
        this.daysAfterGate = plan.windowDays() > policy.gateDay();
    }

    /** Every decision reached by as-of, in day order. */
    List<TimelineEntry> decide() {
        int gate = policy.gateDay();
        if (asOfDay < gate) {
            return entries;
        }
        values = new WeeklyValues(plan, targets, Math.floorDiv(asOfDay, 7), asOfDay);
        int previous = 0;
        Phase phase = Phase.BEFORE_GATE;
        if (daysAfterGate) {
            Verdict v = judge(0, gate, phase);
            if (v == Verdict.MISSING) {
                add(Decision.INSUFFICIENT_DATA, gate);
                return entries;
            }
            if (v != Verdict.MET) {
                exit(gate);
                return entries;
            }
            add(Decision.CONTINUE, gate);
            previous = gate;
            phase = Phase.AFTER_GATE;
        }
        int day = plan.windowDays();
        int extensions = 0;
        while (day <= asOfDay) {
            Verdict v = judge(previous, day, phase);
            if (v == Verdict.MISSING) {
                add(Decision.INSUFFICIENT_DATA, day);
            } else if (v == Verdict.MET) {
                add(Decision.PASS, day);
                monitor(day, phase);
            } else if (v == Verdict.IMPROVED && extensions < policy.maxExtensions()) {
                add(Decision.EXTEND, day);
                extensions++;
                previous = day;
                day += policy.extensionDays();
                phase = Phase.EXTENSION;
                continue;
            } else {
                exit(day);
            }
            return entries;
        }
        return entries;
    }

    private void add(Decision decision, int day) {
        entries.add(new TimelineEntry(decision, day, PlanCalendar.dateOf(plan.startDate(), day)));
    }

    private double goal(Target t, Phase phase) {
        double goal = t.goal().orElseThrow();
        double afterGate = daysAfterGate ? t.goalAfterGate().orElse(goal) : goal;
        return switch (phase) {
            case BEFORE_GATE -> goal;
            case AFTER_GATE -> afterGate;
            case EXTENSION -> t.goalInExtension().orElse(afterGate);
        };
    }

    private static boolean meets(double value, double goal, Direction direction) {
        return direction == Direction.AT_LEAST ? value >= goal : value <= goal;
    }

    /** Judges the weeks ending after {@code previous} and on or before {@code day}. */
    private Verdict judge(int previous, int day, Phase phase) {
        int first = Math.floorDiv(previous, 7) + 1;
        int last = Math.floorDiv(day, 7);
        for (int i = 0; i < targets.size(); i++) {
            for (int w = first; w <= last; w++) {
                if (Double.isNaN(values.get(i, w))) {
                    return Verdict.MISSING;
                }
            }
        }
        boolean allMet = true;
        boolean improved = true;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            double goal = goal(t, phase);
            boolean everyWeek = true;
            double sum = 0;
            for (int w = first; w <= last; w++) {
                double v = values.get(i, w);
                sum += v;
                everyWeek &= meets(v, goal, t.direction());
            }
            double mean = PlanCalendar.settled(sum / (last - first + 1));
            boolean met = t.judged() == Judged.EVERY_WEEK ? everyWeek : meets(mean, goal, t.direction());
            if (!met) {
                allMet = false;
                double baseline = t.baseline().orElseThrow();
                improved &= goal != baseline && PlanCalendar.settled((mean - baseline) / (goal - baseline)) >= policy.improvementShare();
            }
        }
        return allMet ? Verdict.MET : improved ? Verdict.IMPROVED : Verdict.FAILED;
    }

    /** Section 8: an EXIT becomes HR_REVIEW when support fell short or check-ins were missed. */
    private void exit(int day) {
        int weeks = Math.floorDiv(day, 7);
        double committed = 0;
        for (SupportCommitment s : plan.support()) {
            committed += s.perWeek() * weeks;
        }
        double delivered = 0;
        for (SupportDelivery s : plan.supportDelivered()) {
            if (s.week() <= weeks) {
                delivered += s.count();
            }
        }
        int missed = 0;
        for (int w = 1; w <= weeks; w++) {
            if (!held(w)) {
                missed++;
            }
        }
        boolean guard = delivered < committed * policy.supportDeliveredShare()
                || missed >= policy.missedCheckInsForReview();
        add(guard ? Decision.HR_REVIEW : Decision.EXIT, day);
    }

    private boolean held(int week) {
        for (CheckIn c : plan.checkIns()) {
            if (c.week() == week && c.held()) {
                return true;
            }
        }
        return false;
    }

    /** Section 7: REGRESSION on the first run of missed weeks, else CLOSED or INSUFFICIENT_DATA at the end. */
    private void monitor(int passDay, Phase phase) {
        int end = passDay + policy.monitoringDays();
        int first = Math.floorDiv(passDay, 7) + 1;
        int last = Math.floorDiv(end, 7);
        int ended = Math.min(last, Math.floorDiv(asOfDay, 7));
        int needed = policy.regressionWeeks();
        int[] runs = new int[targets.size()];
        for (int w = first; w <= ended; w++) {
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                double v = values.get(i, w);
                runs[i] = Double.isNaN(v) || meets(v, goal(t, phase), t.direction()) ? 0 : runs[i] + 1;
                if (runs[i] >= needed) {
                    add(Decision.REGRESSION, PlanCalendar.lastDay(w));
                    return;
                }
            }
        }
        if (end > asOfDay) {
            return;
        }
        for (int i = 0; i < targets.size(); i++) {
            for (int w = first; w <= last; w++) {
                if (Double.isNaN(values.get(i, w))) {
                    add(Decision.INSUFFICIENT_DATA, end);
                    return;
                }
            }
        }
        add(Decision.CLOSED, end);
    }
}
