package dev.pip.rules.internal;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.TimelineEntry;
import dev.pip.core.time.PlanCalendar;
import dev.pip.rules.RuleContractException;
import dev.pip.rules.facts.Recommended;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The contract every rule set keeps, checked on each evaluation so that an edited rule set that
 * breaks it fails loudly instead of answering wrongly (specification, sections 1, 3, 5-7 and 11):
 * exactly one recommendation; at most one decision per day and nothing after a decision that
 * ends the timeline; no decision point that fell due by as-of left undecided; a decision of the
 * rules only on a day the time model allows after the decision before it (recorded or not).
 * Decisions of record may fall on any day: only what the rules decide after them is checked.
 */
public final class Contracts {
    private Contracts() {
    }

    /**
     * Exactly one recommendation among a session's objects.
     *
     * @throws RuleContractException when there is none or more than one
     */
    public static void oneRecommendation(String ruleSet, String planId, Collection<?> sessionObjects) {
        List<String> chosen = sessionObjects.stream().filter(Recommended.class::isInstance)
                .map(o -> ((Recommended) o).recommendation().name()).sorted().toList();
        if (chosen.size() != 1) {
            throw new RuleContractException(ruleSet, planId, List.of("the rule set must produce exactly one"
                    + " recommendation, produced " + (chosen.isEmpty() ? "none" : String.join(", ", chosen))));
        }
    }

    /**
     * Checks the timeline of an evaluation.
     *
     * @throws RuleContractException listing every contract the evaluation breaks
     */
    public static void check(String ruleSet, PlanDocument plan, Policy policy, LocalDate asOf, Evaluation e) {
        List<String> broken = broken(plan, policy, asOf, e);
        if (!broken.isEmpty()) {
            throw new RuleContractException(ruleSet, plan.planId(), broken);
        }
    }

    /** Every contract the evaluation breaks, in words; empty when it keeps them all. */
    static List<String> broken(PlanDocument plan, Policy policy, LocalDate asOf, Evaluation e) {
        List<String> out = new ArrayList<>();
        List<TimelineEntry> timeline = e.timeline();
        TimelineEntry previous = null;
        for (TimelineEntry t : timeline) {
            if (previous != null) {
                if (t.day() == previous.day()) {
                    out.add("two decisions on day " + t.day() + ": " + previous.decision() + " and " + t.decision()
                            + " (at most one decision per day)");
                } else if (ends(previous.decision())) {
                    out.add(t.decision() + " on day " + t.day() + " after " + previous.decision() + " on day "
                            + previous.day() + ", which ends the timeline");
                }
            }
            if (!t.recorded() && !ends(previous == null ? null : previous.decision())) {
                allowedDay(plan, policy, previous, t).ifPresent(out::add);
            }
            previous = t;
        }
        if (e.decision() != Decision.NOT_ACTIVATABLE && plan.windowDays() >= policy.gateDay()) {
            int asOfDay = PlanCalendar.dayOf(plan.startDate(), asOf);
            Optional<Integer> due = nextDue(plan, policy, previous).filter(day -> day <= asOfDay);
            if (due.isPresent()) {
                out.add("the decision due on day " + due.get() + (previous == null ? " (the first decision)"
                        : " (after " + previous.decision() + " on day " + previous.day() + ")")
                        + " was not made, although as-of " + asOf + " is day " + asOfDay
                        + " (is a rule file missing?)");
            }
        }
        return out;
    }

    private static boolean ends(Decision d) {
        return d != null && d.endsTimeline();
    }

    /** The day the next decision point falls due after {@code previous} (none: the first), if there is one. */
    private static Optional<Integer> nextDue(PlanDocument plan, Policy policy, TimelineEntry previous) {
        if (previous == null) {
            return Optional.of(policy.gateDay());
        }
        return switch (previous.decision()) {
            case CONTINUE -> Optional.of(plan.windowDays());
            case EXTEND -> Optional.of(previous.day() + policy.extensionDays());
            case PASS -> Optional.of(previous.day() + policy.monitoringDays());
            default -> Optional.empty();
        };
    }

    /** Why the rules' decision {@code t} falls on a day the time model does not allow, if it does. */
    private static Optional<String> allowedDay(PlanDocument plan, Policy policy, TimelineEntry previous,
            TimelineEntry t) {
        Optional<Integer> due = nextDue(plan, policy, previous);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        int day = due.get();
        String after = previous == null ? "as the first decision" : "after " + previous.decision() + " on day "
                + previous.day();
        if (previous != null && previous.decision() == Decision.PASS && t.decision() == Decision.REGRESSION) {
            boolean weekEnd = t.day() % 7 == 0 && t.day() > previous.day() && t.day() <= day;
            return weekEnd ? Optional.empty() : Optional.of("REGRESSION on day " + t.day() + " " + after
                    + ": a regression falls on the last day of a monitoring week, days " + (previous.day() + 1)
                    + "-" + day);
        }
        return t.day() == day ? Optional.empty()
                : Optional.of(t.decision() + " on day " + t.day() + " " + after + ": the time model has the decision"
                        + " on day " + day);
    }
}
