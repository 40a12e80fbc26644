package dev.pip.examples.documents.internal;

import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.Severity;
import dev.pip.core.SupportCommitment;
import dev.pip.core.Target;
import dev.pip.core.time.PlanCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plan as a document both sides sign: who, the gap with its data, the measurable targets,
 * the support the company commits to, the check-in schedule with its dates, the decision rules
 * in words with this plan's policy, the possible outcomes and the signature blocks. Plan-check
 * findings that block the plan are shown first when it is not ready to sign.
 *
 * @param planId      the plan
 * @param who         rep, team, manager, dates
 * @param diagnosis   the diagnosis, field by field
 * @param gap         the gap in the plan's words, or empty
 * @param targets     the targets
 * @param support     the support commitments
 * @param noSupport   true when the plan commits to no support
 * @param keyDates    gate, end, extension and monitoring dates
 * @param schedule    the check-in weeks with their dates
 * @param rules       the decision rules in words
 * @param outcomes    what each possible decision means for this plan
 * @param readyToSign true when no finding other than a missing signature blocks the plan
 * @param blocking    the ERROR findings that block it
 * @param warnings    the WARNING findings
 * @param signatures  the signature blocks
 */
public record PlanPage(String planId, List<Parts.Field> who, List<Parts.Field> diagnosis, String gap,
        List<TargetRow> targets, List<Parts.Field> support, boolean noSupport, List<Parts.Field> keyDates,
        List<ScheduleRow> schedule, List<Rule> rules, List<Parts.Field> outcomes, boolean readyToSign,
        List<Parts.FindingView> blocking, List<Parts.FindingView> warnings, List<Signature> signatures) {

    private static final Set<String> SIGNING = Set.of("MISSING_REP_SIGNATURE", "MISSING_MANAGER_SIGNATURE",
            "MISSING_HR_REVIEW");

    /** True when the plan checks warn about something. */
    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** A target as written in the plan. */
    public record TargetRow(String name, String kind, String unit, String baseline, String goal, String afterGate,
            String inExtension, String source, String judged) {
    }

    /** A plan week of the check-in schedule. */
    public record ScheduleRow(int week, String from, String to, String checkIns, String mark) {
    }

    /** A decision rule in words. */
    public record Rule(String title, String text) {
    }

    /** A signature block. */
    public record Signature(String role, String name, String status) {
    }

    /** The document to sign for {@code plan}, with the plan checks of {@code evaluation}. */
    public static PlanPage of(PlanDocument plan, Evaluation evaluation) {
        Policy p = evaluation.policy();
        List<Finding> errors = evaluation.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        List<Finding> blocking = errors.stream().filter(f -> !SIGNING.contains(f.code())).toList();
        List<Finding> warnings = evaluation.findings().stream().filter(f -> f.severity() != Severity.ERROR).toList();
        return new PlanPage(plan.planId(), Parts.who(plan), diagnosis(plan), plan.diagnosis().gap().orElse(""),
                plan.targets().stream().map(PlanPage::target).toList(), support(plan), plan.support().isEmpty(),
                keyDates(plan, p), schedule(plan, p), rules(plan, p), outcomes(p), blocking.isEmpty(),
                Parts.findings(blocking), Parts.findings(warnings), signatures(plan));
    }

    private static List<Parts.Field> diagnosis(PlanDocument plan) {
        var d = plan.diagnosis();
        List<Parts.Field> out = new ArrayList<>();
        out.add(new Parts.Field("Root cause", Text.words(d.rootCause())));
        out.add(new Parts.Field("Months underperforming", Text.number(d.monthsUnderperforming())));
        out.add(new Parts.Field("Coaching tried before", d.coachingTried() ? "yes" : "no"));
        out.add(new Parts.Field("Share of the team below standard", Text.percent(d.teamShareBelowStandard())));
        out.add(new Parts.Field("Resources provided", d.resourcesProvided().isEmpty() ? "none listed"
                : String.join(", ", d.resourcesProvided())));
        out.add(new Parts.Field("Expectations conversation held", d.expectationsConversation() ? "yes" : "no"));
        return out;
    }

    private static TargetRow target(Target t) {
        String direction = t.direction() == Direction.AT_LEAST ? "at least " : "at most ";
        return new TargetRow(t.displayName(), Text.words(t.kind()), t.unit().orElse(""), Text.number(t.baseline()),
                t.goal().isPresent() ? direction + Text.number(t.goal().getAsDouble()) : "missing",
                t.goalAfterGate().isPresent() ? direction + Text.number(t.goalAfterGate().getAsDouble()) : "same",
                t.goalInExtension().isPresent() ? direction + Text.number(t.goalInExtension().getAsDouble()) : "same",
                t.source().orElse("missing"),
                t.judged() == Judged.AVERAGE ? "on the average of the judged weeks" : "in every judged week");
    }

    private static List<Parts.Field> support(PlanDocument plan) {
        return plan.support().stream().map((SupportCommitment s) -> new Parts.Field(Text.words(s.kind()),
                Text.number(s.perWeek()) + " per week")).toList();
    }

    private static List<Parts.Field> keyDates(PlanDocument plan, Policy p) {
        List<Parts.Field> out = new ArrayList<>();
        out.add(new Parts.Field("Day 1", Text.date(plan.startDate())));
        boolean finalGate = p.gateDay() >= plan.windowDays();
        if (!finalGate) {
            out.add(new Parts.Field("Gate, day " + p.gateDay(), date(plan, p.gateDay())));
        }
        out.add(new Parts.Field("End of the window, day " + plan.windowDays(), date(plan, plan.windowDays())));
        if (p.maxExtensions() > 0) {
            int end = plan.windowDays() + p.extensionDays();
            out.add(new Parts.Field("End of an extension, day " + end, date(plan, end)));
        }
        out.add(new Parts.Field("End of monitoring after a pass on day " + plan.windowDays() + ", day "
                + (plan.windowDays() + p.monitoringDays()), date(plan, plan.windowDays() + p.monitoringDays())));
        return out;
    }

    private static String date(PlanDocument plan, int day) {
        return Text.date(PlanCalendar.dateOf(plan.startDate(), day));
    }

    private static List<ScheduleRow> schedule(PlanDocument plan, Policy p) {
        List<ScheduleRow> out = new ArrayList<>();
        int lastWeek = PlanCalendar.weekOf(plan.windowDays());
        for (int w = 1; w <= lastWeek; w++) {
            int first = PlanCalendar.firstDay(w);
            int last = Math.min(PlanCalendar.lastDay(w), plan.windowDays());
            String mark = "";
            if (p.gateDay() < plan.windowDays() && PlanCalendar.weekOf(p.gateDay()) == w) {
                mark = "gate on day " + p.gateDay() + " (" + date(plan, p.gateDay()) + ")";
            }
            if (PlanCalendar.weekOf(plan.windowDays()) == w) {
                mark = (mark.isEmpty() ? "" : mark + "; ") + "final decision on day " + plan.windowDays() + " ("
                        + date(plan, plan.windowDays()) + ")";
            }
            out.add(new ScheduleRow(w, date(plan, first), date(plan, last), Text.number(plan.checkInsPerWeek()), mark));
        }
        return out;
    }

    private static List<Rule> rules(PlanDocument plan, Policy p) {
        List<Rule> out = new ArrayList<>();
        boolean finalGate = p.gateDay() >= plan.windowDays();
        String judged = "A target judged in every week must meet its goal in each judged week; a target judged on the"
                + " average must meet it with the mean of the judged weeks. Outcome targets are secondary and never"
                + " decide.";
        if (!finalGate) {
            out.add(new Rule("The gate on day " + p.gateDay() + " (" + date(plan, p.gateDay()) + ")",
                    "Judges weeks " + PlanCalendar.judgedWeeks(0, p.gateDay()) + ". Every behavioural target met:"
                            + " CONTINUE to day " + plan.windowDays() + ". Any behavioural target not met: EXIT. There"
                            + " is no partial credit and no extension at the gate. " + judged));
        }
        int previous = finalGate ? 0 : p.gateDay();
        out.add(new Rule("The final decision on day " + plan.windowDays() + " (" + date(plan, plan.windowDays()) + ")",
                "Judges " + PlanCalendar.judgedWeeks(previous, plan.windowDays()) + " with the goal in force"
                        + " (the escalated goal where one is set). Every behavioural target met: PASS. Not all met,"
                        + " but every unmet target closed at least " + Text.percent(p.improvementShare())
                        + " of the gap from its baseline to its goal: EXTEND by " + p.extensionDays() + " days"
                        + " (at most " + p.maxExtensions() + (p.maxExtensions() == 1 ? " time" : " times")
                        + "; a plan already extended gets PASS or EXIT). Otherwise: EXIT."
                        + (finalGate ? " " + judged : "")));
        out.add(new Rule("Monitoring after a pass", "For " + p.monitoringDays() + " days after a PASS, each"
                + " behavioural target's weekly value is watched. Missing its goal in " + p.regressionWeeks()
                + " consecutive weeks is a REGRESSION: the plan is diagnosed again, never followed by a second PIP."
                + " No regression by the end: CLOSED, and the plan's goals become the rep's baseline expectations."));
        out.add(new Rule("Missing data", "A judged week without a value for a behavioural target is never taken as"
                + " zero: the decision is INSUFFICIENT DATA, naming each target and week, until the data arrives."));
        out.add(new Rule("The company's side", "If support delivered falls below "
                + Text.percent(p.supportDeliveredShare()) + " of what is committed, or " + p.missedCheckInsForReview()
                + " or more weekly check-ins are missed, an EXIT becomes an HR REVIEW: nobody is exited on a plan"
                + " the company did not keep."));
        out.add(new Rule("People decide", "The rules recommend. An EXIT or an HR REVIEW is always reviewed by a person"
                + " before it takes effect, and a manager and HR may record a different decision."));
        return out;
    }

    private static List<Parts.Field> outcomes(Policy p) {
        return List.of(
                new Parts.Field("PASS", "The plan is met; " + p.monitoringDays() + " days of monitoring follow."),
                new Parts.Field("EXTEND", "Meaningful improvement: " + p.extensionDays() + " more days to meet the goals."),
                new Parts.Field("EXIT", "The goals were not met; a person reviews the decision before it takes effect."),
                new Parts.Field("REGRESSION", "A pass that did not last: the situation is diagnosed again."),
                new Parts.Field("CLOSED", "Monitoring ended without regression; the goals become baseline expectations."));
    }

    private static List<Signature> signatures(PlanDocument plan) {
        var a = plan.approvals();
        return List.of(
                new Signature("Employee", plan.rep().name().orElse(plan.rep().id()),
                        a.repSigned() ? "recorded as signed in the plan" : "not signed yet"),
                new Signature("Manager", plan.manager().orElse(""),
                        a.managerSigned() ? "recorded as signed in the plan" : "not signed yet"),
                new Signature("HR", "", a.hrReviewed() ? "recorded as reviewed in the plan" : "not reviewed yet"));
    }
}
