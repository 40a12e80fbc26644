package dev.pip.examples.documents.internal;

import dev.pip.core.CheckpointStatus;
import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Target;
import dev.pip.core.TargetWeek;
import dev.pip.core.TimelineEntry;
import dev.pip.core.WeekStatus;
import dev.pip.core.time.PlanCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws one target's weekly values against the goal in force (section 4 of the specification):
 * a point per week with data in the middle of its week, the line broken where a week has none, the
 * goal as a stepped line, the gate and the end of the window marked, extensions and monitoring
 * shaded, and each decision of the timeline marked (a person's recorded decision differently
 * from the rules' own).
 */
public final class TargetCharts {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final double LEFT = 52;
    private static final double RIGHT = WIDTH - 16;
    private static final double TOP = 34;
    private static final double BOTTOM = HEIGHT - 34;

    private TargetCharts() {
    }

    /** The chart of {@code target} (the {@code index}-th of the plan) in {@code evaluation}. */
    public static Chart of(PlanDocument plan, Evaluation evaluation, Target target, int index) {
        List<WeekValue> weeks = weeks(evaluation, target);
        int lastDay = lastDay(plan, evaluation, weeks);
        Scale x = new Scale(0, lastDay, LEFT, RIGHT);
        Scale y = valueScale(target, weeks);
        String id = "chart-" + index;

        List<Chart.Band> periods = periods(plan, evaluation, x, lastDay);
        List<Chart.Band> gaps = new ArrayList<>();
        List<Chart.Point> points = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        StringBuilder goal = new StringBuilder();
        List<Chart.Row> rows = new ArrayList<>();
        int previousWeek = 0;
        for (WeekValue w : weeks) {
            double weekStart = x.at(PlanCalendar.firstDay(w.week) - 1.0);
            double weekEnd = x.at(PlanCalendar.lastDay(w.week));
            goal.append(goal.length() == 0 ? "M" : " L").append(Text.coordinate(weekStart)).append(' ')
                    .append(Text.coordinate(y.at(w.tw.goal()))).append(" H").append(Text.coordinate(weekEnd));
            String status = w.tw.status() == CheckpointStatus.MET ? "met"
                    : w.tw.status() == CheckpointStatus.NOT_MET ? "not met" : "no data";
            rows.add(new Chart.Row(w.week, Text.date(w.first) + " - " + Text.date(w.last), Text.number(w.tw.value()),
                    Text.goal(w.tw.goal(), w.tw.direction()), status));
            if (w.tw.value().isEmpty()) {
                gaps.add(new Chart.Band("gap", "no data", Text.coordinate(weekStart), Text.coordinate(TOP),
                        Text.coordinate(weekEnd - weekStart), Text.coordinate(BOTTOM - TOP),
                        Text.coordinate((weekStart + weekEnd) / 2), Text.coordinate(BOTTOM - 6), w.week));
                if (segment.length() > 0) {
                    segments.add(segment.toString());
                    segment.setLength(0);
                }
                continue;
            }
            if (segment.length() > 0 && w.week != previousWeek + 1) {
                segments.add(segment.toString());
                segment.setLength(0);
            }
            previousWeek = w.week;
            double value = w.tw.value().getAsDouble();
            String cx = Text.coordinate((weekStart + weekEnd) / 2);
            String cy = Text.coordinate(y.at(value));
            segment.append(segment.length() == 0 ? "" : " ").append(cx).append(',').append(cy);
            boolean met = w.tw.status() == CheckpointStatus.MET;
            points.add(new Chart.Point(w.week, cx, cy, met ? "point met" : "point missed",
                    "Week " + w.week + ": " + Text.number(value) + " against a goal of "
                            + Text.goal(w.tw.goal(), w.tw.direction()) + " (" + status + ")"));
        }
        if (segment.length() > 0) {
            segments.add(segment.toString());
        }

        List<Chart.Tick> xTicks = new ArrayList<>();
        for (WeekValue w : weeks) {
            double mid = (x.at(PlanCalendar.firstDay(w.week) - 1.0) + x.at(PlanCalendar.lastDay(w.week))) / 2;
            xTicks.add(new Chart.Tick(Text.coordinate(mid), Text.coordinate(BOTTOM + 16), "W" + w.week));
        }
        List<Chart.Tick> yTicks = new ArrayList<>();
        for (double v : y.ticks()) {
            yTicks.add(new Chart.Tick(Text.coordinate(LEFT - 6), Text.coordinate(y.at(v) + 4), Text.number(v)));
        }
        List<Chart.Marker> markers = markers(plan, evaluation, x);
        String title = target.displayName() + ": weekly values against the goal in force";
        return new Chart(id, title, description(target, weeks, evaluation), WIDTH, HEIGHT,
                new Chart.Frame(Text.coordinate(LEFT), Text.coordinate(TOP), Text.coordinate(RIGHT), Text.coordinate(BOTTOM)),
                yTicks, xTicks, periods, gaps, goal.toString(), segments, points, markers, rows);
    }

    private record WeekValue(int week, java.time.LocalDate first, java.time.LocalDate last, TargetWeek tw) {
    }

    private static List<WeekValue> weeks(Evaluation evaluation, Target target) {
        List<WeekValue> out = new ArrayList<>();
        for (WeekStatus w : evaluation.weeks()) {
            for (TargetWeek tw : w.targets()) {
                if (tw.target().equals(target.id())) {
                    out.add(new WeekValue(w.week(), w.firstDate(), w.lastDate(), tw));
                }
            }
        }
        return out;
    }

    private static int lastDay(PlanDocument plan, Evaluation evaluation, List<WeekValue> weeks) {
        int last = Math.max(plan.windowDays(), weeks.isEmpty() ? 0 : PlanCalendar.lastDay(weeks.get(weeks.size() - 1).week));
        for (TimelineEntry t : evaluation.timeline()) {
            last = Math.max(last, t.day());
            if (t.decision() == Decision.EXTEND) {
                last = Math.max(last, t.day() + evaluation.policy().extensionDays());
            } else if (t.decision() == Decision.PASS) {
                last = Math.max(last, t.day() + evaluation.policy().monitoringDays());
            }
        }
        return last;
    }

    private static Scale valueScale(Target target, List<WeekValue> weeks) {
        double lo = 0;
        double hi = 1;
        List<Double> values = new ArrayList<>();
        target.baseline().ifPresent(values::add);
        for (WeekValue w : weeks) {
            values.add(w.tw.goal());
            w.tw.value().ifPresent(values::add);
        }
        for (double v : values) {
            hi = Math.max(hi, v);
            lo = Math.min(lo, v);
        }
        return new Scale(lo, hi + (hi - lo) * 0.12, BOTTOM, TOP);
    }

    private static List<Chart.Band> periods(PlanDocument plan, Evaluation evaluation, Scale x, int lastDay) {
        List<Chart.Band> out = new ArrayList<>();
        int row = 0;
        for (TimelineEntry t : evaluation.timeline()) {
            int length = t.decision() == Decision.EXTEND ? evaluation.policy().extensionDays()
                    : t.decision() == Decision.PASS ? evaluation.policy().monitoringDays() : 0;
            if (length == 0) {
                continue;
            }
            String kind = t.decision() == Decision.EXTEND ? "extension" : "monitoring";
            double from = x.at(t.day());
            double to = x.at(Math.min(lastDay, t.day() + length));
            out.add(new Chart.Band("period " + kind, kind, Text.coordinate(from),
                    Text.coordinate(TOP), Text.coordinate(to - from), Text.coordinate(BOTTOM - TOP),
                    Text.coordinate(from + 4), Text.coordinate(TOP + 12 + 13 * (row++ % 2)), 0));
        }
        return out;
    }

    private static List<Chart.Marker> markers(PlanDocument plan, Evaluation evaluation, Scale x) {
        List<Chart.Marker> out = new ArrayList<>();
        int gate = evaluation.policy().gateDay();
        if (gate < plan.windowDays()) {
            out.add(line("marker gate", x.at(gate), "gate day " + gate, "The gate on day " + gate + " ("
                    + Text.date(PlanCalendar.dateOf(plan.startDate(), gate)) + ")"));
        }
        out.add(line("marker end", x.at(plan.windowDays()), "end day " + plan.windowDays(), "The end of the window on day "
                + plan.windowDays() + " (" + Text.date(PlanCalendar.dateOf(plan.startDate(), plan.windowDays())) + ")"));
        for (TimelineEntry t : evaluation.timeline()) {
            double at = x.at(t.day());
            String who = t.recorded() ? "recorded by " + t.by().orElse("a person") : "decided by the rules";
            String label = Text.decision(t.decision());
            String cls = "decision " + (t.recorded() ? "recorded" : "rules");
            String diamond = Text.coordinate(at) + "," + Text.coordinate(TOP - 12) + " " + Text.coordinate(at + 6) + ","
                    + Text.coordinate(TOP - 6) + " " + Text.coordinate(at) + "," + Text.coordinate(TOP) + " "
                    + Text.coordinate(at - 6) + "," + Text.coordinate(TOP - 6);
            out.add(new Chart.Marker(cls, Text.coordinate(at), Text.coordinate(TOP - 6), Text.coordinate(BOTTOM),
                    label, Text.coordinate(TOP - 16), t.recorded(), true, diamond,
                    label + " on day " + t.day() + " (" + Text.date(t.date()) + "), " + who));
        }
        return out;
    }

    private static Chart.Marker line(String cls, double x, String label, String title) {
        return new Chart.Marker(cls, Text.coordinate(x), Text.coordinate(TOP), Text.coordinate(BOTTOM), label,
                Text.coordinate(BOTTOM + 28), false, false, "", title);
    }

    private static String description(Target target, List<WeekValue> weeks, Evaluation evaluation) {
        long withData = weeks.stream().filter(w -> w.tw.value().isPresent()).count();
        String missing = weeks.stream().filter(w -> w.tw.value().isEmpty()).map(w -> String.valueOf(w.week))
                .collect(Collectors.joining(", "));
        long met = weeks.stream().filter(w -> w.tw.status() == CheckpointStatus.MET).count();
        StringBuilder sb = new StringBuilder();
        sb.append(weeks.size()).append(" weeks shown, ").append(withData).append(" with data");
        if (!missing.isEmpty()) {
            sb.append(" (no data in week ").append(missing).append(')');
        }
        sb.append("; goal met in ").append(met).append(" of them.");
        String goals = weeks.stream().map(w -> Text.number(w.tw.goal())).distinct().collect(Collectors.joining(", then "));
        if (!goals.isEmpty()) {
            sb.append(" Goal in force: ").append(goals).append('.');
        }
        for (TimelineEntry t : evaluation.timeline()) {
            sb.append(' ').append(Text.decision(t.decision())).append(" on day ").append(t.day())
                    .append(t.recorded() ? " (recorded by a person)." : " (the rules).");
        }
        sb.append(" The table below lists every value.");
        return target.displayName() + ": " + sb;
    }

    /** A linear map from data to SVG coordinates. */
    private record Scale(double from, double to, double pixelFrom, double pixelTo) {
        double at(double v) {
            double span = to - from;
            return pixelFrom + (span == 0 ? 0 : (v - from) / span * (pixelTo - pixelFrom));
        }

        List<Double> ticks() {
            double span = to - from;
            double raw = span / 4;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = raw / magnitude < 2 ? 2 * magnitude : raw / magnitude < 5 ? 5 * magnitude : 10 * magnitude;
            if (raw / magnitude < 1.5) {
                step = magnitude;
            }
            List<Double> out = new ArrayList<>();
            for (double v = Math.ceil(from / step) * step; v <= to + 1e-9; v += step) {
                out.add(v);
            }
            return out;
        }
    }
}
