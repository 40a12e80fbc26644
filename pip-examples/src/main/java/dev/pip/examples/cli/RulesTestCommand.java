package dev.pip.examples.cli;

import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.RuleFolders;
import dev.pip.rules.PipEngine;
import dev.pip.rules.RuleSetException;

import dev.pip.rules.workbench.JUnitReport;
import dev.pip.rules.workbench.Reports;
import dev.pip.rules.workbench.RuleTestRun;
import dev.pip.rules.workbench.RuleTests;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip rules test}: runs test cases against the bundled rules or a rule folder. */
@Command(name = "test", mixinStandardHelpOptions = true,
        header = "Run test cases against a rule folder.",
        description = {"Each case (a .json file; a folder means its .json files) holds a plan or the path of one, an"
                + " as-of date and what is expected: recommendation, decision, timeline, finding codes present or"
                + " absent, rules that must or must not fire. The format is described in the rule author's guide"
                + " and published as a JSON Schema in pip-rules (dev/pip/rules/workbench/rule-case.schema.json).",
                "Prints one line per case (PASS, or FAIL with what differed, expected against actual) and a summary.",
                "Exit code 1 when a case fails or cannot be run, or coverage is below --min-coverage."})
public final class RulesTestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "Test the .drl files of this folder (default: the bundled rules).")
    private Path rules;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML, for CI servers.")
    private Path junit;

    @Option(names = "--record", description = "First write the current answers as the expectations of every case that has none.")
    private boolean record;

    @Option(names = "--coverage", description = "Also print which rules the cases fired, how often, and which never.")
    private boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "PERCENT",
            description = "Fail when fewer than this share of the rules fired (0-100); implies --coverage.")
    private Double minCoverage;

    @Parameters(paramLabel = "CASE|DIR", arity = "1..*", description = "Case files, or folders of them (their .json files; keep plans in a subfolder).")
    private List<Path> cases;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PipEngine engine;
        try {
            engine = Engines.of(Optional.ofNullable(rules), Optional.empty());
        } catch (RuleSetException e) {
            return RuleFolders.report(err, rules, e);
        }
        if (record) {
            RuleTests.record(engine, cases).forEach(p -> out.println("recorded " + p));
        }
        RuleTestRun run = RuleTests.run(engine, cases);
        run.results().forEach(r -> out.println(RuleTests.line(r)));
        out.println(run.summary() + " (rule set " + engine.ruleSet().name() + ")");
        if (junit != null) {
            JUnitReport.write(run, "pip rules test " + engine.ruleSet().name(), junit);
        }
        boolean coverageFails = false;
        if (coverage || minCoverage != null) {
            out.println();
            out.print(Reports.coverageText(run.coverage()));
            coverageFails = minCoverage != null && CoverageGate.below(run.coverage().share(), minCoverage, err);
        }
        out.flush();
        return run.allPassed() && !coverageFails ? 0 : 1;
    }

}
