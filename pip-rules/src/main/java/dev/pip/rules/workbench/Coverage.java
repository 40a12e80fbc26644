package dev.pip.rules.workbench;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.TimelineEntry;
import dev.pip.rules.PipEngine;
import dev.pip.rules.workbench.internal.FiringCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which rules fired how often over a set of evaluations, which never fired, and which decisions
 * were never reached. Every rule's firings are counted, not only those that write reasons.
 *
 * @param rules      every rule of the rule set with its firing count, in file and line order
 * @param reached    the decisions reached (as the latest decision or anywhere on a timeline)
 * @param evaluated  how many evaluations were counted
 */
public record Coverage(List<RuleCount> rules, Set<Decision> reached, int evaluated) {

    /**
     * One rule and how often it fired.
     *
     * @param rule    the rule
     * @param firings how many times it fired
     */
    public record RuleCount(RuleDefinition rule, long firings) {
        /** Validates every field. */
        public RuleCount {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** Validates every field and copies the collections. */
    public Coverage {
        rules = List.copyOf(rules);
        reached = reached.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reached));
    }

    /**
     * Evaluates every plan as of {@code asOf} with {@code engine}, counting firings. A plan the
     * engine fails on is skipped (its evaluation is not counted): coverage measures the rules,
     * {@link RuleDiff} reports failures.
     */
    public static Coverage measure(PipEngine engine, Stream<PlanDocument> plans, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return measure(engine, plans.map(p -> new DatedPlan(p, asOf)));
    }

    /** As {@link #measure(PipEngine, Stream, LocalDate)}, each plan as of its own date. */
    public static Coverage measure(PipEngine engine, Stream<DatedPlan> plans) {
        Tally tally = new Tally(RuleCatalog.of(engine));
        plans.forEach(p -> {
            FiringCounter counter = new FiringCounter();
            Evaluation e;
            try {
                e = engine.evaluate(p.plan(), p.asOf(), counter);
            } catch (RuntimeException ex) {
                return;
            }
            tally.add(e, counter.counts());
        });
        return tally.coverage();
    }

    /** Adds up firings and decisions evaluation by evaluation. Not thread-safe. */
    public static final class Tally {
        private final RuleCatalog catalog;
        private final Map<String, Long> firings = new HashMap<>();
        private final Set<Decision> reached = EnumSet.noneOf(Decision.class);
        private int evaluated;

        /** A tally for the rules of {@code catalog}. */
        public Tally(RuleCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
        }

        /** Counts one evaluation and its firings (rule name to count). */
        public void add(Evaluation evaluation, Map<String, Integer> fired) {
            evaluated++;
            reached.add(evaluation.decision());
            evaluation.timeline().stream().map(TimelineEntry::decision).forEach(reached::add);
            fired.forEach((rule, n) -> firings.merge(rule, n.longValue(), Long::sum));
        }

        /** The coverage counted so far. */
        public Coverage coverage() {
            List<RuleCount> out = new ArrayList<>();
            for (RuleDefinition r : catalog.rules()) {
                out.add(new RuleCount(r, firings.getOrDefault(r.name(), 0L)));
            }
            return new Coverage(out, reached, evaluated);
        }
    }

    /** The rules that never fired, in file and line order. */
    public List<RuleDefinition> neverFired() {
        return rules.stream().filter(r -> r.firings() == 0).map(RuleCount::rule).toList();
    }

    /** The decisions never reached, in the enum's order. */
    public List<Decision> neverReached() {
        return Stream.of(Decision.values()).filter(d -> !reached.contains(d)).toList();
    }

    /** The share of rules that fired at least once, 0..1 (1 for a rule set without rules). */
    public double share() {
        return rules.isEmpty() ? 1 : (double) (rules.size() - neverFired().size()) / rules.size();
    }
}
