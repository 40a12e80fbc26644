package dev.pip.examples.reference;

import dev.pip.core.CheckIn;
import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.RecordedDecision;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.TimelineEntry;
import dev.pip.core.time.PlanCalendar;
import dev.pip.examples.reference.ReferenceEvaluation.Difference;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline of an activatable plan up to as-of (specification, sections 3, 5-8 and 11): the
 * decisions people recorded on or before as-of first, each answering one decision point of the
 * rules, then the rules' own decisions from the point after the last record (the gate, the final
 * decision, extensions, monitoring, and the fairness guards on every EXIT of the rules), and the
 * records that the rules decide differently.
 */
final class Timeline {
    private enum Kind { GATE, FINAL, MONITORING }

    private enum Verdict { MISSING, MET, IMPROVED, FAILED }

    /**
     * The goal in force in a window: {@code goal} from day 0; after a CONTINUE {@code goalAfterGate}
     * when the plan has days after its gate; in an extension {@code goalInExtension}, else the goal
     * of the window the EXTEND concluded; in monitoring, the goal of the window PASS concluded.
     */
    private enum Goals {
        GOAL, AFTER_GATE, EXTENSION_OF_GOAL, EXTENSION_OF_AFTER_GATE;

        Goals extended() {
            return switch (this) {
                case GOAL -> EXTENSION_OF_GOAL;
                case AFTER_GATE -> EXTENSION_OF_AFTER_GATE;
                default -> this;
            };
        }
    }

    /** A decision point: judged on the weeks ending after {@code previous}, due on {@code due}. */
    private record Point(Kind kind, int previous, int due, Goals goals) {
    }

    /** What the rules decide at a decision point that is reached by as-of. */
    private record Outcome(Decision decision, int day) {
    }

    private final PlanDocument plan;
    private final Policy policy;
    private final int asOfDay;
    private final List<Target> targets;
    private final boolean daysAfterGate;
    private final List<TimelineEntry> entries = new ArrayList<>(4);
    private final List<Difference> differences = new ArrayList<>(0);
    private WeeklyValues values;
    private int extensions;

    Timeline(PlanDocument plan, Policy policy, int asOfDay) {
        this.plan = plan;
        this.policy = policy;
        this.asOfDay = asOfDay;
        this.targets = plan.behaviouralTargets();
        this.daysAfterGate = plan.windowDays() > policy.gateDay();
    }

    /** Every decision reached by as-of, in day order: the records first, then the rules'. */
    List<TimelineEntry> decide() {
        Point point = daysAfterGate ? new Point(Kind.GATE, 0, policy.gateDay(), Goals.GOAL)
                : new Point(Kind.FINAL, 0, plan.windowDays(), Goals.GOAL);
        List<RecordedDecision> records = plan.decisions();
        if (asOfDay < point.due() && (records.isEmpty() || records.get(0).day() > asOfDay)) {
            return entries;
        }
        values = new WeeklyValues(plan, targets, Math.max(0, Math.floorDiv(asOfDay, 7)), asOfDay);
        for (RecordedDecision r : records) {
            if (r.day() > asOfDay) {
                break;
            }
            Outcome rules = rulesAt(point);
            if (rules != null && (rules.decision() != r.decision() || rules.day() != r.day())) {
                differences.add(new Difference(r, rules.decision(), rules.day()));
            }
            entries.add(TimelineEntry.recorded(r, PlanCalendar.dateOf(plan.startDate(), r.day())));
            if (r.decision().endsTimeline()) {
                return entries;
            }
            point = next(point, r.decision(), r.day());
        }
        for (Outcome o = rulesAt(point); o != null; o = rulesAt(point)) {
            entries.add(new TimelineEntry(o.decision(), o.day(), PlanCalendar.dateOf(plan.startDate(), o.day())));
            if (o.decision().endsTimeline()) {
                break;
            }
            point = next(point, o.decision(), o.day());
        }
        return entries;
    }

    /** The records on or before as-of that the rules decide differently, after {@link #decide()}. */
    List<Difference> differences() {
        return differences;
    }

    /** The decision point after {@code decision} on {@code day} concluded {@code point}. */
    private Point next(Point point, Decision decision, int day) {
        return switch (decision) {
            case CONTINUE -> new Point(Kind.FINAL, day, plan.windowDays(),
                    daysAfterGate ? Goals.AFTER_GATE : Goals.GOAL);
            case EXTEND -> {
                extensions++;
                yield new Point(Kind.FINAL, day, day + policy.extensionDays(), point.goals().extended());
            }
            case PASS -> new Point(Kind.MONITORING, day, day + policy.monitoringDays(), point.goals());
            default -> throw new IllegalStateException(decision + " ends the timeline");
        };
    }

    /** What the rules decide at {@code point}, or null while it is not reached by as-of. */
    private Outcome rulesAt(Point point) {
        if (point.kind() == Kind.MONITORING) {
            return monitor(point);
        }
        int day = point.due();
        if (day > asOfDay) {
            return null;
        }
        Verdict v = judge(point.previous(), day, point.goals());
        if (v == Verdict.MISSING) {
            return new Outcome(Decision.INSUFFICIENT_DATA, day);
        }
        if (v == Verdict.MET) {
            return new Outcome(point.kind() == Kind.GATE ? Decision.CONTINUE : Decision.PASS, day);
        }
        if (point.kind() == Kind.FINAL && v == Verdict.IMPROVED && extensions < policy.maxExtensions()) {
            return new Outcome(Decision.EXTEND, day);
        }
        return new Outcome(exit(day), day);
    }

    private double goal(Target t, Goals goals) {
        double goal = t.goal().orElseThrow();
        return switch (goals) {
            case GOAL -> goal;
            case AFTER_GATE -> t.goalAfterGate().orElse(goal);
            case EXTENSION_OF_GOAL -> t.goalInExtension().orElse(goal);
            case EXTENSION_OF_AFTER_GATE -> t.goalInExtension().orElse(t.goalAfterGate().orElse(goal));
        };
    }

    private static boolean meets(double value, double goal, Direction direction) {
        return direction == Direction.AT_LEAST ? value >= goal : value <= goal;
    }

    /** Judges the weeks ending after {@code previous} and on or before {@code day}. */
    private Verdict judge(int previous, int day, Goals goals) {
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
            double goal = goal(t, goals);
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
                improved &= goal != baseline
                        && PlanCalendar.settled((mean - baseline) / (goal - baseline)) >= policy.improvementShare();
            }
        }
        return allMet ? Verdict.MET : improved ? Verdict.IMPROVED : Verdict.FAILED;
    }

    /** Section 8: the rules' EXIT becomes HR_REVIEW when support fell short or check-ins were missed. */
    private Decision exit(int day) {
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
        return guard ? Decision.HR_REVIEW : Decision.EXIT;
    }

    private boolean held(int week) {
        for (CheckIn c : plan.checkIns()) {
            if (c.week() == week && c.held()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Section 7: REGRESSION on the first run of missed weeks ended by as-of, else CLOSED or
     * INSUFFICIENT_DATA at the end of monitoring once it is reached; null before that.
     */
    private Outcome monitor(Point point) {
        int end = point.due();
        int first = Math.floorDiv(point.previous(), 7) + 1;
        int last = Math.floorDiv(end, 7);
        int ended = Math.min(last, Math.floorDiv(asOfDay, 7));
        int needed = policy.regressionWeeks();
        int[] runs = new int[targets.size()];
        for (int w = first; w <= ended; w++) {
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                double v = values.get(i, w);
                runs[i] = Double.isNaN(v) || meets(v, goal(t, point.goals()), t.direction()) ? 0 : runs[i] + 1;
                if (runs[i] >= needed) {
                    return new Outcome(Decision.REGRESSION, PlanCalendar.lastDay(w));
                }
            }
        }
        if (end > asOfDay) {
            return null;
        }
        for (int i = 0; i < targets.size(); i++) {
            for (int w = first; w <= last; w++) {
                if (Double.isNaN(values.get(i, w))) {
                    return new Outcome(Decision.INSUFFICIENT_DATA, end);
                }
            }
        }
        return new Outcome(Decision.CLOSED, end);
    }
}
