package dev.pip.examples.cli;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanJson;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.Problems;
import dev.pip.examples.cli.internal.RuleFolders;
import dev.pip.rules.PipEngine;
import dev.pip.rules.RuleSetException;
import dev.pip.rules.workbench.Explainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip explain}: why a plan reached each decision, and why not the others. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Explain why a plan reached its decisions, and why not the others.",
        description = {"Per decision point: the rules that fired there in stage (salience) order with the facts they"
                + " matched, then each decision that did not happen there with the first condition that stopped it,"
                + " e.g. \"PASS not reached: Outbound dials missed its goal of 80 in week 6 (71)\".",
                "Works for any rule folder (--rules)."})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "Evaluate as of this date (yyyy-mm-dd).")
    private LocalDate asOf;

    @Option(names = "--rules", paramLabel = "DIR", description = "The .drl files of this folder (default: the bundled rules).")
    private Path rules;

    @Option(names = "--brief", description = "Leave out the matched facts; a rule fired several times in a row is one line.")
    private boolean brief;

    @Parameters(paramLabel = "PLAN", description = "A plan document (.json).")
    private Path plan;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PipEngine engine;
        try {
            engine = Engines.of(Optional.ofNullable(rules), Optional.empty());
        } catch (RuleSetException e) {
            return RuleFolders.report(err, rules, e);
        }
        PlanDocument document;
        try {
            document = PlanJson.read(plan);
        } catch (InvalidPlanException e) {
            Problems.print(err, e);
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(Explainer.text(Explainer.explain(engine, document, asOf), !brief));
        out.flush();
        return 0;
    }
}
