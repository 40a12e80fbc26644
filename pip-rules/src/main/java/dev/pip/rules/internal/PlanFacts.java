package dev.pip.rules.internal;

import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.Target;
import dev.pip.rules.facts.Attribute;
import dev.pip.rules.facts.Hire;
import dev.pip.rules.facts.PlanFact;
import dev.pip.rules.facts.PlanLimits;
import dev.pip.rules.facts.PlanWeeks;
import dev.pip.rules.facts.TargetFact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one plan into the facts the rules start from: the plan's own data and nothing
 * speculative. Windows are opened by the rules, from the decision before each one.
 */
public final class PlanFacts {
    private PlanFacts() {
    }

    /** Every input fact for {@code plan} evaluated on {@code asOf} under {@code policy}. */
    public static List<Object> of(PlanDocument plan, Policy policy, LocalDate asOf) {
        PlanWeeks weeks = new PlanWeeks(plan, policy, asOf);
        List<Object> facts = new ArrayList<>();
        facts.add(policy);
        facts.add(PlanLimits.STANDARD);
        facts.add(new PlanFact(plan.planId(), plan.startDate(), plan.windowDays(), weeks.asOfDay(), plan.checkInsPerWeek()));
        facts.add(plan.diagnosis());
        facts.add(plan.approvals());
        plan.rep().hireDate().ifPresent(d -> facts.add(new Hire(d)));
        facts.addAll(plan.support());
        plan.attributes().forEach((name, value) -> facts.add(new Attribute(name, value)));
        for (Target t : plan.targets()) {
            facts.add(new TargetFact(t.id(), t.displayName(), t.isBehavioural(), t.direction(),
                    t.baseline().isPresent(), t.baseline().orElse(0), t.goal().isPresent(), t.goal().orElse(0),
                    t.source().isPresent()));
        }
        if (weeks.asOfDay() < 1) {
            return facts;
        }
        facts.add(weeks);
        facts.addAll(weeks.recorded());
        return facts;
    }
}
