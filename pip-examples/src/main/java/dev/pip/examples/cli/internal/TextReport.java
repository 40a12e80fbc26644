package dev.pip.examples.cli.internal;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.Need;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.PolicyParameter;
import dev.pip.core.Reason;
import dev.pip.core.Rep;
import dev.pip.core.TimelineEntry;
import dev.pip.core.time.PlanCalendar;
import dev.pip.examples.documents.internal.Parts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text report of one evaluation, written for a sales manager: who, what the diagnosis calls
 * for, what was decided and when (marking what people decided and recorded), why, which recorded
 * decisions the rules decide differently, what the checks found, the weeks against their goals
 * and what is still needed.
 */
public final class TextReport {
    private static final String INDENT = "  ";
    /** The finding of a recorded decision that the rules decide differently (specification, section 11). */
    private static final String RECORD_DIFFERS = "RECORD_DIFFERS_FROM_RULES";

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
        List<Finding> differences = evaluation.findings().stream().filter(f -> f.code().equals(RECORD_DIFFERS))
                .sorted(Comparator.comparingInt(TextReport::recordedDay)).toList();
        if (!differences.isEmpty()) {
            lines.add(INDENT + "Recorded decisions the rules decide differently (the records stand):");
            for (Finding f : differences) {
                lines.add(INDENT + INDENT + "- " + f.message());
            }
        }
        List<Finding> findings = evaluation.findings().stream().filter(f -> !f.code().equals(RECORD_DIFFERS)).toList();
        if (!findings.isEmpty()) {
            lines.add(INDENT + "Findings:");
            for (Finding f : findings) {
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
        String changed = policyChanges(evaluation.policy());
        if (!changed.isEmpty()) {
            lines.add(INDENT + "Policy:         " + changed);
        }
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

    /** Every policy parameter that is not the specification's default, as "name value (default d)". */
    static String policyChanges(Policy policy) {
        List<String> out = new ArrayList<>();
        for (PolicyParameter p : PolicyParameter.all()) {
            double value = p.valueIn(policy);
            if (Double.compare(value, p.defaultValue()) != 0) {
                out.add(p.jsonName() + " " + Numbers.format(value) + " (default " + Numbers.format(p.defaultValue()) + ")");
            }
        }
        return String.join(", ", out);
    }

    /** The day of the record a difference names (its evidence {@code recordedDay}), so they list oldest first. */
    private static int recordedDay(Finding f) {
        return f.evidence().get("recordedDay") instanceof Integer day ? day : 0;
    }

    /** {@code EXTEND on day 60 (2026-10-22), recorded by hr-4}: a person's decision says so. */
    private static String entry(TimelineEntry t) {
        String text = t.decision() + " on day " + t.day() + " (" + t.date() + ")";
        if (!t.recorded()) {
            return text;
        }
        return text + t.by().map(by -> ", recorded by " + by).orElse(", recorded");
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
            return timeline.stream().map(TextReport::entry).collect(Collectors.joining(", then "));
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
