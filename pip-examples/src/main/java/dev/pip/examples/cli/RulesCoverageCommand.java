package dev.pip.examples.cli;

import dev.pip.examples.cli.internal.Corpus;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.RuleFolders;
import dev.pip.rules.PipEngine;
import dev.pip.rules.RuleSetException;
import dev.pip.rules.workbench.Coverage;
import dev.pip.rules.workbench.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Evaluate as of this date (yyyy-mm-dd). Default: today; generated plans: their own date.")
    private LocalDate asOf;

    @Option(names = "--generated", paramLabel = "N", defaultValue = "0", description = "Also evaluate N generated plans.")
    private int generated;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the generated plans. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--min-coverage", paramLabel = "PERCENT", description = "Fail when fewer than this share of the rules fired (0-100).")
    private Double minCoverage;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Plan documents (.json, .jsonl) or folders of them.")
    private List<Path> paths = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && generated <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Give plan files or --generated N");
        }
        PipEngine engine;
        try {
            engine = Engines.of(Optional.ofNullable(rules), Optional.empty());
        } catch (RuleSetException e) {
            return RuleFolders.report(err, rules, e);
        }
        Corpus corpus = Corpus.of(paths, asOf == null ? LocalDate.now() : asOf, generated, seed,
                Optional.ofNullable(asOf), err);
        Coverage c = Coverage.measure(engine, corpus.plans().stream());
        out.println("rule set " + engine.ruleSet().name() + " " + engine.ruleSet().fingerprint());
        out.print(Reports.coverageText(c));
        out.flush();
        boolean fails = minCoverage != null && CoverageGate.below(c.share(), minCoverage, err);
        return corpus.rejected() > 0 || fails ? 1 : 0;
    }
}
