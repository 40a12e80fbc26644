package dev.pip.rules.workbench;

import dev.pip.core.Evaluation;
import dev.pip.core.PipException;
import dev.pip.core.PlanDocument;
import dev.pip.core.RuleSetId;
import dev.pip.core.TimelineEntry;
import dev.pip.rules.PipEngine;
import dev.pip.rules.workbench.internal.FiringCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Evaluates every plan under two rule sets and reports what a change of the rules does: which
 * plans changed, how decisions moved, which rules fire differently. Only the evaluation counts:
 * the rule-set fingerprint, which differs whenever the rules do, is not a change.
 *
 * <pre>{@code
 * DiffReport r = RuleDiff.compare(PipEngine.withDefaultRules(),
 *         PipEngine.builder().rules(Path.of("my-rules")).build(), plans, LocalDate.of(2026, 12, 1));
 * }</pre>
 */
public final class RuleDiff {
    private RuleDiff() {
    }

    /** Compares {@code plans} evaluated as of {@code asOf} by {@code base} and by {@code changed}, using every core. */
    public static DiffReport compare(PipEngine base, PipEngine changed, List<PlanDocument> plans, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return compare(base, changed, plans.stream().map(p -> new DatedPlan(p, asOf)).toList());
    }

    /** Compares every plan, each evaluated as of its own date, by {@code base} and by {@code changed}, using every core. */
    public static DiffReport compare(PipEngine base, PipEngine changed, List<DatedPlan> plans) {
        List<DatedPlan> all = List.copyOf(plans);
        List<Outcome> outcomes = IntStream.range(0, all.size()).parallel()
                .mapToObj(i -> one(i, all.get(i).plan(), base, changed, all.get(i).asOf())).toList();
        List<PlanChange> changes = new ArrayList<>();
        List<DiffReport.Failure> failures = new ArrayList<>();
        Map<Transition, Integer> transitions = new HashMap<>();
        int unchanged = 0;
        for (Outcome o : outcomes) {
            o.failure.ifPresent(failures::add);
            o.transition.ifPresent(t -> transitions.merge(t, 1, Integer::sum));
            if (o.change.isPresent()) {
                changes.add(o.change.get());
            } else if (o.failure.isEmpty()) {
                unchanged++;
            }
        }
        return new DiffReport(base.ruleSet(), changed.ruleSet(), all.size(), unchanged, changes, failures,
                transitions);
    }

    private record Outcome(Optional<PlanChange> change, Optional<DiffReport.Failure> failure,
            Optional<Transition> transition) {
    }

    private static Outcome one(int index, PlanDocument plan, PipEngine base, PipEngine changed, LocalDate asOf) {
        Evaluation before = null;
        Evaluation after = null;
        String beforeError = null;
        String afterError = null;
        try {
            before = base.evaluate(plan, asOf);
        } catch (PipException e) {
            beforeError = e.getMessage();
        }
        try {
            after = changed.evaluate(plan, asOf);
        } catch (PipException e) {
            afterError = e.getMessage();
        }
        if (before == null || after == null) {
            String side = before == null && after == null ? "both" : before == null ? "base" : "changed";
            String message = beforeError != null ? beforeError : afterError;
            return new Outcome(Optional.empty(), Optional.of(new DiffReport.Failure(index, plan.planId(), side,
                    message)), Optional.empty());
        }
        Transition t = new Transition(before.decision(), after.decision());
        List<String> changes = differences(before, after);
        if (changes.isEmpty()) {
            return new Outcome(Optional.empty(), Optional.empty(), Optional.of(t));
        }
        // Firings are counted only for the plans that changed, usually few: evaluations are deterministic,
        // so evaluating again with a counter gives the same answers.
        FiringCounter beforeFired = new FiringCounter();
        FiringCounter afterFired = new FiringCounter();
        base.evaluate(plan, asOf, beforeFired);
        changed.evaluate(plan, asOf, afterFired);
        return new Outcome(Optional.of(new PlanChange(index, plan.planId(), before, after, changes,
                firingChanges(beforeFired.counts(), afterFired.counts()))), Optional.empty(), Optional.of(t));
    }

    /** What differs between two evaluations of one plan, the rule set aside. */
    static List<String> differences(Evaluation a, Evaluation b) {
        List<String> out = new ArrayList<>();
        if (a.decision() != b.decision()) {
            out.add("decision");
        }
        if (!timeline(a).equals(timeline(b))) {
            out.add("timeline");
        }
        if (a.recommendation() != b.recommendation()) {
            out.add("recommendation");
        }
        if (!a.reasons().equals(b.reasons())) {
            out.add("reasons");
        }
        if (!a.findings().equals(b.findings())) {
            out.add("findings");
        }
        if (!a.weeks().equals(b.weeks())) {
            out.add("weeks");
        }
        if (!a.needs().equals(b.needs())) {
            out.add("needs");
        }
        if (!a.policy().equals(b.policy())) {
            out.add("policy");
        }
        if (a.humanReviewRequired() != b.humanReviewRequired()) {
            out.add("humanReviewRequired");
        }
        return out;
    }

    /** {@code CONTINUE@30 PASS@60}. */
    public static String timeline(Evaluation e) {
        List<String> parts = new ArrayList<>();
        for (TimelineEntry t : e.timeline()) {
            parts.add(t.decision() + "@" + t.day());
        }
        return parts.isEmpty() ? "(empty)" : String.join(" ", parts);
    }

    private static List<String> firingChanges(Map<String, Integer> before, Map<String, Integer> after) {
        List<String> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String n : names) {
            int b = before.getOrDefault(n, 0);
            int a = after.getOrDefault(n, 0);
            if (a != b) {
                out.add("\"" + n + "\" " + b + " -> " + a);
            }
        }
        return out;
    }

    /** The rule set ids of a report as {@code name fingerprint}. */
    static String id(RuleSetId id) {
        return id.name() + " " + id.fingerprint();
    }
}
