package dev.pip.examples.cli;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.Severity;
import dev.pip.examples.cli.internal.DocumentRun;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.RuleOptions;
import dev.pip.examples.cli.internal.OutputFailedException;
import dev.pip.examples.cli.internal.Printable;
import dev.pip.rules.PipEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pip check}: whether plan documents are well formed and may become active, before any
 * week is judged. The plan checks run as of each plan's start date, so no decision but
 * NOT_ACTIVATABLE can appear and the findings are those of the checks alone.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check plan documents before they become active.",
        description = {"Validates plan documents and runs the plan checks only, printing each plan's findings:"
                + " ERRORs block activation, WARNINGs do not. No week is judged.",
                "A folder means its *.json files; a .jsonl file holds one document per line.",
                "Exit code 1 when a document cannot be read (problems on stderr) or a plan cannot be activated."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Plan documents (.json, .jsonl) or folders of them.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return Engines.of(ruleOptions, spec.commandLine().getErr()).run(engine -> {
            int[] blocked = {0};
            int code = new DocumentRun(spec.commandLine().getErr(), PipCommand.verbose(spec)).run(paths, (source, plan) -> {
                Evaluation e = engine.evaluate(plan, plan.startDate());
                boolean activatable = e.decision() != Decision.NOT_ACTIVATABLE;
                if (!activatable) {
                    blocked[0]++;
                }
                out.println(Printable.line(source + ": " + e.planId() + (activatable ? " can be activated"
                        : " CANNOT be activated") + counts(e.findings())));
                for (Finding f : e.findings()) {
                    out.println(Printable.line("  - " + f.severity() + " " + f.code() + ": " + f.message()));
                }
                if (out.checkError()) {
                    throw new OutputFailedException(null);
                }
            });
            return code == DocumentRun.OK && blocked[0] > 0 ? DocumentRun.REJECTED : code;
        });
    }

    private static String counts(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        return findings.isEmpty() ? "" : " (" + errors + " errors, " + warnings + " warnings)";
    }
}
