package dev.pip.examples.reference;

import dev.pip.core.Diagnosis;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.Recommendation;
import dev.pip.core.RootCause;
import dev.pip.core.Target;
import java.time.LocalDate;
import java.util.Optional;

/** The specification, sections 1 and 2: the recommendation, and whether a plan-check ERROR blocks the plan. */
final class Diagnose {
    private static final int MIN_BEHAVIOURAL = 3;
    private static final int MAX_BEHAVIOURAL = 5;
    private static final int MAX_OUTCOME = 1;
    private static final int MIN_WINDOW = 30;
    private static final int MAX_WINDOW = 90;

    private Diagnose() {
    }

    /** Section 1's table, highest precedence first. */
    static Recommendation recommendation(PlanDocument plan, Policy policy) {
        Diagnosis d = plan.diagnosis();
        Optional<LocalDate> hired = plan.rep().hireDate();
        if (hired.isPresent() && plan.startDate().isBefore(hired.get().plusMonths(policy.rampMonths()))) {
            return Recommendation.ONBOARDING_SUPPORT;
        }
        if (d.teamShareBelowStandard() >= policy.teamWideShare()) {
            return Recommendation.FIX_THE_SYSTEM;
        }
        if (d.rootCause() == RootCause.ENVIRONMENT) {
            return Recommendation.FIX_ENVIRONMENT;
        }
        if (d.rootCause() == RootCause.WIRING) {
            return Recommendation.ROLE_CHANGE;
        }
        if (d.priorPipRegressed()) {
            return Recommendation.RE_DIAGNOSE;
        }
        if (d.suddenDrop()) {
            return Recommendation.DIRECT_CONVERSATION;
        }
        if (d.monthsUnderperforming() < policy.minMonthsUnderperforming() || !d.coachingTried()) {
            return Recommendation.COACH_FIRST;
        }
        return Recommendation.PIP;
    }

    /** True when one of section 2's ERROR checks fails: the plan is NOT_ACTIVATABLE. */
    static boolean blocked(PlanDocument plan, Policy policy, Recommendation recommendation) {
        if (recommendation != Recommendation.PIP) {
            return true;
        }
        int behavioural = 0;
        int outcome = 0;
        for (Target t : plan.targets()) {
            if (t.isBehavioural()) {
                behavioural++;
            } else {
                outcome++;
            }
            if (t.baseline().isEmpty() || t.goal().isEmpty() || t.source().isEmpty()) {
                return true;
            }
        }
        if (behavioural < MIN_BEHAVIOURAL || behavioural > MAX_BEHAVIOURAL || outcome > MAX_OUTCOME) {
            return true;
        }
        int window = plan.windowDays();
        int gate = policy.gateDay();
        if (window < MIN_WINDOW || window > MAX_WINDOW || window < gate || (window > gate && window < gate + 7)) {
            return true;
        }
        Diagnosis d = plan.diagnosis();
        if (d.rootCause() == RootCause.SKILL && d.resourcesProvided().isEmpty()
                || d.rootCause() == RootCause.EFFORT && !d.expectationsConversation()) {
            return true;
        }
        return plan.support().isEmpty() || !plan.approvals().hrReviewed() || !plan.approvals().repSigned()
                || !plan.approvals().managerSigned();
    }
}
