package dev.pip.examples.documents.internal;

import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.Rep;
import dev.pip.core.Severity;
import dev.pip.core.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The parts several pages share: who is on the plan, the timeline, reasons and findings. */
public final class Parts {
    private Parts() {
    }

    /** A labelled value. */
    public record Field(String label, String value) {
    }

    /** A timeline entry as shown. */
    public record Step(String decision, String code, int day, String date, boolean recorded, String who,
            String cssClass) {
    }

    /** A reason as shown: the deciding one first and marked, an outranked one said so. */
    public record ReasonView(String rule, String message, String standing, boolean deciding, boolean outranked,
            String evidence, String cssClass) {
    }

    /** A finding as shown. */
    public record FindingView(String severity, String code, String message, boolean error, String cssClass) {
    }

    /** The rep, team, manager and dates of the plan. */
    public static List<Field> who(PlanDocument plan) {
        Rep rep = plan.rep();
        List<Field> out = new ArrayList<>();
        out.add(new Field("Plan", plan.planId()));
        out.add(new Field("Employee", rep.name().map(n -> n + " (" + rep.id() + ")").orElse(rep.id())));
        rep.team().ifPresent(t -> out.add(new Field("Team", t)));
        rep.hireDate().ifPresent(d -> out.add(new Field("Hired", Text.date(d))));
        out.add(new Field("Manager", plan.manager().orElse("not named")));
        out.add(new Field("Start (day 1)", Text.date(plan.startDate())));
        out.add(new Field("Window", plan.windowDays() + " days"));
        return out;
    }

    /** The timeline in day order. */
    public static List<Step> timeline(Evaluation evaluation) {
        List<Step> out = new ArrayList<>();
        for (TimelineEntry t : evaluation.timeline()) {
            String who = t.recorded() ? "recorded by " + t.by().orElse("a person") : "the rules";
            out.add(new Step(Text.decision(t.decision()), t.decision().name(), t.day(), Text.date(t.date()),
                    t.recorded(), who, t.recorded() ? "step recorded" : "step rules"));
        }
        return out;
    }

    /** The reasons, deciding ones first (see {@link #decidingFirst}), each marked. */
    public static List<ReasonView> reasons(Evaluation evaluation) {
        return decidingFirst(evaluation.reasons()).stream().map(Parts::reason).toList();
    }

    /**
     * The deciding reasons first, the latest decision's first (an evaluation lists each decision's
     * reasons in timeline order, so the last deciding reason decided the latest decision), then every
     * other reason in the evaluation's order.
     */
    public static List<Reason> decidingFirst(List<Reason> reasons) {
        List<Reason> deciding = new ArrayList<>(reasons.stream()
                .filter(r -> r.standing() == Reason.Standing.DECIDING).toList());
        java.util.Collections.reverse(deciding);
        List<Reason> out = new ArrayList<>(deciding);
        reasons.stream().filter(r -> r.standing() != Reason.Standing.DECIDING).forEach(out::add);
        return out;
    }

    private static ReasonView reason(Reason r) {
        String standing = switch (r.standing()) {
            case DECIDING -> "Deciding reason";
            case OUTRANKED -> "Applied, but outranked by a higher rule: it did not decide";
            case SUPPORTING -> "";
        };
        String cls = "reason " + r.standing().name().toLowerCase(java.util.Locale.ROOT);
        return new ReasonView(r.rule(), r.message(), standing, r.standing() == Reason.Standing.DECIDING,
                r.standing() == Reason.Standing.OUTRANKED, evidence(r.evidence()), cls);
    }

    /** The findings, errors first. */
    public static List<FindingView> findings(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::severity))
                .map(f -> new FindingView(f.severity().name(), f.code(), f.message(), f.severity() == Severity.ERROR,
                        "finding " + f.severity().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** Evidence as {@code name: value; ...}. */
    public static String evidence(Map<String, Object> evidence) {
        return evidence.entrySet().stream().map(e -> e.getKey() + ": " + value(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            return Text.number(d);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Parts::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }

    /** The rule set's fingerprint, shortened for reading (the full one is in the page's title attribute). */
    public static String shortFingerprint(String fingerprint) {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
