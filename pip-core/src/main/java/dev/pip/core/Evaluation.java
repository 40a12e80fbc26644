package dev.pip.core;

import dev.pip.core.internal.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "where does this plan stand on this date?" (specification, sections 9 and 10).
 *
 * @param planId              the plan's id
 * @param asOf                the date evaluated
 * @param recommendation      section 1's recommendation for the plan's diagnosis
 * @param decision            the latest decision reached on or before as-of
 * @param timeline            every decision reached, in day order
 * @param reasons             why: the recommendation's reasons, then each decision's
 * @param findings            plan checks and guard findings
 * @param weeks               the weekly checkpoint of every plan week ended by as-of
 * @param needs               what each behavioural target needs to pass the next decision
 * @param policy              the policy in force for this plan
 * @param ruleSet             which rules decided
 * @param humanReviewRequired true when the decision has legal effect and a person must review it
 */
public record Evaluation(
        String planId,
        LocalDate asOf,
        Recommendation recommendation,
        Decision decision,
        List<TimelineEntry> timeline,
        List<Reason> reasons,
        List<Finding> findings,
        List<WeekStatus> weeks,
        List<Need> needs,
        Policy policy,
        RuleSetId ruleSet,
        boolean humanReviewRequired) {

    /** Validates every field and copies every list. */
    public Evaluation {
        Require.text(planId, "planId");
        Require.present(asOf, "asOf");
        Require.present(recommendation, "recommendation");
        Require.present(decision, "decision");
        timeline = Require.list(timeline, "timeline");
        reasons = Require.list(reasons, "reasons");
        findings = Require.list(findings, "findings");
        weeks = Require.list(weeks, "weeks");
        needs = Require.list(needs, "needs");
        Require.present(policy, "policy");
        Require.present(ruleSet, "ruleSet");
    }
}
