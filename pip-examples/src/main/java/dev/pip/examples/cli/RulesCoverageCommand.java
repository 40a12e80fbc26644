package dev.pip.examples.cli;

import dev.pip.examples.cli.internal.Corpus;
import dev.pip.examples.cli.internal.CorpusOptions;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.RuleFolders;
import dev.pip.rules.PipEngine;
import dev.pip.rules.RuleSetException;
import dev.pip.rules.workbench.Coverage;
import dev.pip.rules.workbench.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pip rules coverage}: which rules a corpus of plans fires, and which never. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        header = "Count every rule's firings over plans.",
        description = {"Evaluates every plan and lists every rule with its file, line and how often it fired, the"
                + " rules that never fired and the decisions never reached.",
                "Exit code 1 when a document cannot be read, or coverage is below --min-coverage."})
public final class RulesCoverageCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "The .drl files of this folder (default: the bundled rules).")
    private Path rules;

    @Mixin
    private CorpusOptions corpus;

    @Option(names = "--min-coverage", paramLabel = "PERCENT", description = "Fail when fewer than this share of the rules fired (0-100).")
    private Double minCoverage;


    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        corpus.requirePlans(spec);
        PipEngine engine;
        try {
            engine = Engines.of(Optional.ofNullable(rules), Optional.empty());
        } catch (RuleSetException e) {
            return RuleFolders.report(err, rules, e);
        }
        Corpus plans = corpus.read(err);
        Coverage c = Coverage.measure(engine, plans.plans().stream());
        out.println("rule set " + engine.ruleSet().name() + " " + engine.ruleSet().fingerprint());
        out.print(Reports.coverageText(c));
        out.flush();
        boolean fails = minCoverage != null && CoverageGate.below(c.share(), minCoverage, err);
        return plans.rejected() > 0 || fails ? 1 : 0;
    }
}
