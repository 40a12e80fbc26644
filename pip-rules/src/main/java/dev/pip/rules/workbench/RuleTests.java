package dev.pip.rules.workbench;

import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.PipException;
import dev.pip.core.Problem;
import dev.pip.core.Reason;
import dev.pip.rules.PipEngine;
import dev.pip.rules.workbench.internal.FiringCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs test cases against a rule set: each case's plan is evaluated as of its date and every
 * expectation it states is checked, expected against actual.
 *
 * <pre>{@code
 * RuleTestRun run = RuleTests.run(PipEngine.withDefaultRules(), List.of(Path.of("cases")));
 * run.results().forEach(r -> System.out.println(RuleTests.line(r)));
 * }</pre>
 */
public final class RuleTests {
    private RuleTests() {
    }

    /**
     * Runs every case file in {@code casesOrFolders} (folders: their {@code .json} files); a
     * case that cannot be read is an ERROR result and the others still run.
     */
    public static RuleTestRun run(PipEngine engine, List<Path> casesOrFolders) {
        RuleCatalog catalog = RuleCatalog.of(engine);
        Coverage.Tally tally = new Coverage.Tally(catalog);
        List<CaseResult> results = new ArrayList<>();
        for (Path file : RuleCases.files(casesOrFolders)) {
            CaseResult r;
            try {
                r = run(engine, catalog, RuleCases.read(file));
            } catch (InvalidCaseException e) {
                r = new CaseResult(name(file), file.toString(), CaseResult.Outcome.ERROR,
                        e.problems().stream().map(Problem::toString).toList(), Optional.empty(), Map.of());
            }
            CaseResult counted = r;
            r.evaluation().ifPresent(e -> tally.add(e, counted.firings()));
            results.add(r);
        }
        return new RuleTestRun(engine.ruleSet().name() + " " + engine.ruleSet().fingerprint(), results,
                tally.coverage());
    }

    /** Runs one case. An evaluation that fails is an ERROR result, never an exception. */
    public static CaseResult run(PipEngine engine, RuleCase c) {
        return run(engine, RuleCatalog.of(engine), c);
    }

    private static CaseResult run(PipEngine engine, RuleCatalog catalog, RuleCase c) {
        FiringCounter counter = new FiringCounter();
        Evaluation e;
        try {
            e = engine.evaluate(c.plan(), c.asOf(), counter);
        } catch (PipException ex) {
            return new CaseResult(c.name(), c.source(), CaseResult.Outcome.ERROR,
                    List.of("the rules failed on the plan: " + ex.getMessage()), Optional.empty(), counter.counts());
        }
        List<String> differences = compare(c.expect(), e, counter.counts(), catalog);
        return new CaseResult(c.name(), c.source(), differences.isEmpty() ? CaseResult.Outcome.PASSED
                : CaseResult.Outcome.FAILED, differences, Optional.of(e), counter.counts());
    }

    /** Every expectation of {@code expect} that {@code e} and its firings do not meet, in words. */
    public static List<String> compare(Expectations expect, Evaluation e, Map<String, Integer> firings,
            RuleCatalog catalog) {
        List<String> out = new ArrayList<>();
        expect.recommendation().filter(r -> r != e.recommendation()).ifPresent(r ->
                out.add("recommendation: expected " + r + ", was " + e.recommendation()));
        expect.decision().filter(d -> d != e.decision()).ifPresent(d ->
                out.add("decision: expected " + d + ", was " + e.decision()));
        List<Expectations.Step> actual = steps(e);
        expect.timeline().filter(t -> !t.equals(actual)).ifPresent(t ->
                out.add("timeline: expected " + t + ", was " + actual));
        Set<String> codes = e.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
        for (String code : new TreeSet<>(expect.findingsPresent())) {
            if (!codes.contains(code)) {
                out.add("finding " + code + ": expected present, was absent (findings: "
                        + (codes.isEmpty() ? "none" : String.join(", ", codes)) + ")");
            }
        }
        for (String code : new TreeSet<>(expect.findingsAbsent())) {
            if (codes.contains(code)) {
                out.add("finding " + code + ": expected absent, was present");
            }
        }
        for (String rule : new TreeSet<>(expect.rulesFired())) {
            if (catalog.rule(rule).isEmpty()) {
                out.add("rule \"" + rule + "\": expected to fire, but the rule set has no rule of that name");
            } else if (firings.getOrDefault(rule, 0) == 0) {
                out.add("rule \"" + rule + "\": expected to fire, did not");
            }
        }
        for (String rule : new TreeSet<>(expect.rulesNotFired())) {
            if (catalog.rule(rule).isEmpty()) {
                out.add("rule \"" + rule + "\": expected not to fire, but the rule set has no rule of that name");
            } else if (firings.getOrDefault(rule, 0) > 0) {
                out.add("rule \"" + rule + "\": expected not to fire, fired " + firings.get(rule) + " times");
            }
        }
        return out;
    }

    /**
     * The expectations {@code --record} writes: the evaluation's recommendation, decision, timeline
     * and finding codes, and the decision-level rules that wrote its reasons (rules that only
     * prepare facts are left out, so a case survives a change of the rules' inner workings).
     */
    public static Expectations expectationsOf(Evaluation e, RuleCatalog catalog) {
        Set<String> codes = e.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rules = e.reasons().stream().map(Reason::rule)
                .filter(r -> catalog.rule(r).map(RuleDefinition::decides).orElse(false))
                .collect(Collectors.toCollection(TreeSet::new));
        return new Expectations(Optional.of(e.recommendation()), Optional.of(e.decision()), Optional.of(steps(e)),
                codes, Set.of(), rules, Set.of());
    }

    /**
     * Writes the current answers into every case in {@code casesOrFolders} that states no
     * expectation; cases with expectations are left alone.
     *
     * Cases that cannot be read are left alone ({@link #run(PipEngine, List)} reports them).
     *
     * @return the case files written
     */
    public static List<Path> record(PipEngine engine, List<Path> casesOrFolders) {
        RuleCatalog catalog = RuleCatalog.of(engine);
        List<Path> written = new ArrayList<>();
        for (Path file : RuleCases.files(casesOrFolders)) {
            RuleCase c;
            try {
                c = RuleCases.read(file);
            } catch (InvalidCaseException e) {
                continue;
            }
            if (c.expect().isEmpty()) {
                RuleCases.writeExpectations(file, expectationsOf(engine.evaluate(c.plan(), c.asOf()), catalog));
                written.add(file);
            }
        }
        return written;
    }

    /** One line for a result: {@code PASS name}, or {@code FAIL name: difference; difference}. */
    public static String line(CaseResult r) {
        return switch (r.outcome()) {
            case PASSED -> "PASS  " + r.name();
            case FAILED -> "FAIL  " + r.name() + " (" + r.source() + "): " + String.join("; ", r.differences());
            case ERROR -> "ERROR " + r.name() + " (" + r.source() + "): " + String.join("; ", r.differences());
        };
    }

    private static List<Expectations.Step> steps(Evaluation e) {
        return e.timeline().stream().map(t -> new Expectations.Step(t.decision(), t.day())).toList();
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        String s = n == null ? file.toString() : n.toString();
        return s.endsWith(".json") ? s.substring(0, s.length() - 5) : s;
    }
}
