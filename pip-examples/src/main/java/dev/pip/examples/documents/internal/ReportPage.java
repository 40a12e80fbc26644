package dev.pip.examples.documents.internal;

import dev.pip.core.CheckIn;
import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.Need;
import dev.pip.core.PlanDocument;
import dev.pip.core.Target;
import dev.pip.core.WeekStatus;
import dev.pip.core.time.PlanCalendar;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress report of one plan as of a date: recommendation and decision with the timeline,
 * a chart per target, the reasons, what is still needed, findings, check-ins and support, and the
 * rule set that decided.
 *
 * @param planId         the plan
 * @param asOf           the date evaluated, in words
 * @param who            rep, team, manager, dates
 * @param gap            the diagnosed gap, or empty
 * @param recommendation the recommendation in words
 * @param decision       the decision in words
 * @param decisionCode   the decision's name
 * @param reviewRequired whether a person must review this decision
 * @param timeline       the decisions reached
 * @param noTimeline     what the empty timeline means, when it is empty
 * @param charts         one chart per target
 * @param reasons        the reasons, deciding first
 * @param needs          what is still needed, in sentences
 * @param findings       the findings, errors first
 * @param weeks          check-ins and support per week
 * @param checkInsHeld   weeks with a check-in held, against weeks ended
 * @param support        support delivered against committed, in words
 * @param ruleSet        the rule set's name
 * @param fingerprint    the rule set's fingerprint
 * @param shortPrint     its first 12 characters
 */
public record ReportPage(String planId, String asOf, List<Parts.Field> who, String gap, String recommendation,
        String decision, String decisionCode, boolean reviewRequired, List<Parts.Step> timeline, String noTimeline,
        List<Chart> charts, List<Parts.ReasonView> reasons, List<String> needs, List<Parts.FindingView> findings,
        List<WeekRow> weeks, String checkInsHeld, String support, String ruleSet, String fingerprint,
        String shortPrint) {

    /** One plan week's check-in and support. */
    public record WeekRow(int week, String dates, String checkIn, String note, String committed, String delivered,
            String cssClass) {
    }

    /** The report of {@code evaluation} for {@code plan}. */
    public static ReportPage of(PlanDocument plan, Evaluation evaluation) {
        List<Chart> charts = new ArrayList<>();
        int index = 1;
        for (Target t : plan.targets()) {
            charts.add(TargetCharts.of(plan, evaluation, t, index++));
        }
        List<WeekRow> weeks = new ArrayList<>();
        double committed = 0;
        double delivered = 0;
        int held = 0;
        for (WeekStatus w : evaluation.weeks()) {
            String note = plan.checkIns().stream().filter(c -> c.week() == w.week()).map(CheckIn::note)
                    .flatMap(java.util.Optional::stream).findFirst().orElse("");
            weeks.add(new WeekRow(w.week(), Text.date(w.firstDate()) + " - " + Text.date(w.lastDate()),
                    w.checkInHeld() ? "held" : "missed", note, Text.number(w.supportCommitted()),
                    Text.number(w.supportDelivered()),
                    w.checkInHeld() && w.supportDelivered() >= w.supportCommitted() ? "" : "short"));
            committed += w.supportCommitted();
            delivered += w.supportDelivered();
            held += w.checkInHeld() ? 1 : 0;
        }
        String support = weeks.isEmpty() ? "No plan week has ended yet."
                : Text.number(delivered) + " sessions delivered of " + Text.number(committed) + " committed"
                        + (committed > 0 ? " (" + Text.percent(delivered / committed) + ")" : "") + " over "
                        + weeks.size() + " weeks.";
        String checkIns = weeks.isEmpty() ? "" : held + " of " + weeks.size() + " weeks had a check-in held.";
        return new ReportPage(plan.planId(), Text.date(evaluation.asOf()), Parts.who(plan),
                plan.diagnosis().gap().orElse(""), Text.words(evaluation.recommendation()),
                Text.decision(evaluation.decision()), evaluation.decision().name(), evaluation.humanReviewRequired(),
                Parts.timeline(evaluation), noTimeline(plan, evaluation), charts, Parts.reasons(evaluation),
                evaluation.needs().stream().map(Need::message).toList(), Parts.findings(evaluation.findings()), weeks,
                checkIns, support, evaluation.ruleSet().name(), evaluation.ruleSet().fingerprint(),
                Parts.shortFingerprint(evaluation.ruleSet().fingerprint()));
    }

    private static String noTimeline(PlanDocument plan, Evaluation evaluation) {
        if (!evaluation.timeline().isEmpty()) {
            return "";
        }
        if (evaluation.decision() == Decision.NOT_ACTIVATABLE) {
            return "No decision: the plan cannot become active (see the findings).";
        }
        int gate = evaluation.policy().gateDay();
        return "Nothing decided yet: the first decision is due on day " + gate + " ("
                + Text.date(PlanCalendar.dateOf(plan.startDate(), gate)) + ").";
    }
}
