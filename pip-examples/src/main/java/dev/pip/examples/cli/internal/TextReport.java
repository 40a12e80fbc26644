package dev.pip.examples.cli.internal;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.Need;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.Rep;
import dev.pip.core.TimelineEntry;
import dev.pip.core.time.PlanCalendar;
import dev.pip.examples.documents.internal.Parts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text report of one evaluation, written for a sales manager: who, what the diagnosis calls
 * for, what was decided and when, why, what the checks found, the weeks against their goals and
 * what is still needed.
 */
public final class TextReport {
    private static final String INDENT = "  ";

    private TextReport() {
    }

    /** The report of {@code evaluation}, made from {@code plan}; ends with a line break. */
    public static String render(PlanDocument plan, Evaluation evaluation) {
        List<String> lines = new ArrayList<>();
        lines.add("Plan " + evaluation.planId() + " - " + who(plan) + " - as of " + evaluation.asOf());
        plan.diagnosis().gap().ifPresent(gap -> lines.add(INDENT + "Gap:            " + gap));
        lines.add(INDENT + "Recommendation: " + evaluation.recommendation());
        lines.add(INDENT + "Decision:       " + evaluation.decision()
                + (evaluation.humanReviewRequired() ? "  (a person must review this decision)" : ""));
        lines.add(INDENT + "Timeline:       " + timeline(plan, evaluation));
        lines.add(INDENT + "Reasons:");
        // The deciding reasons first (the latest decision's first) and marked; one that applied but
        // was outranked says so.
        Parts.decidingFirst(evaluation.reasons())
                .forEach(r -> lines.add(INDENT + INDENT + "- " + r.rule() + standing(r) + ": " + r.message()));
        if (!evaluation.findings().isEmpty()) {
            lines.add(INDENT + "Findings:");
            for (Finding f : evaluation.findings()) {
                lines.add(INDENT + INDENT + "- " + f.severity() + " " + f.code() + ": " + f.message());
            }
        }
        if (!evaluation.weeks().isEmpty()) {
            lines.add(INDENT + "Weeks (value/goal, * = goal missed, ? = no data):");
            WeekTable.lines(plan, evaluation.weeks()).forEach(l -> lines.add(INDENT + INDENT + l));
        }
        if (!evaluation.needs().isEmpty()) {
            lines.add(INDENT + "Needed:");
            for (Need n : evaluation.needs()) {
                lines.add(INDENT + INDENT + "- " + n.message());
            }
        }
        lines.add(INDENT + "Rules:          " + evaluation.ruleSet().name() + " "
                + evaluation.ruleSet().fingerprint().substring(0, Math.min(12, evaluation.ruleSet().fingerprint().length())));
        // Each line is built as one line: any control character in it came from the document.
        return String.join(System.lineSeparator(), lines.stream().map(Printable::line).toList())
                + System.lineSeparator();
    }

    private static String standing(Reason r) {
        return switch (r.standing()) {
            case DECIDING -> " (deciding)";
            case OUTRANKED -> " (applied, but outranked: did not decide)";
            case SUPPORTING -> "";
        };
    }

    private static String who(PlanDocument plan) {
        Rep rep = plan.rep();
        StringBuilder sb = new StringBuilder("rep ").append(rep.name().map(n -> n + " (" + rep.id() + ")").orElse(rep.id()));
        rep.team().ifPresent(t -> sb.append(", team ").append(t));
        plan.manager().ifPresent(m -> sb.append(", manager ").append(m));
        return sb.append(", started ").append(plan.startDate()).toString();
    }

    private static String timeline(PlanDocument plan, Evaluation evaluation) {
        List<TimelineEntry> timeline = evaluation.timeline();
        if (!timeline.isEmpty()) {
            return timeline.stream().map(t -> t.decision() + " on day " + t.day() + " (" + t.date() + ")")
                    .collect(Collectors.joining(", then "));
        }
        if (evaluation.decision() == Decision.NOT_ACTIVATABLE) {
            return "none: the plan cannot become active (see the ERROR findings)";
        }
        int gateDay = evaluation.policy().gateDay();
        String gate = "the gate is due on day " + gateDay + " (" + PlanCalendar.dateOf(plan.startDate(), gateDay) + ")";
        return evaluation.asOf().isBefore(plan.startDate())
                ? "none yet: the plan starts on " + plan.startDate() + "; " + gate
                : "none yet: " + gate;
    }
}
