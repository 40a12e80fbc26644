package dev.pip.examples.cli;

import dev.pip.examples.cli.internal.RuleFolders;
import dev.pip.rules.PipEngine;
import dev.pip.rules.RuleSetException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip rules check DIR}: builds a rule folder and reports every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Build a rule folder and report every problem.",
        description = {"Builds the .drl files of DIR as one rule set and prints each problem on stderr as"
                + " FILE:LINE:COLUMN: message (line and column 0 when the compiler cannot tell).",
                "Exit code 1 when the rules do not build."})
public final class RulesCheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The rule folder to check.")
    private Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println(folder + ":0:0: no such folder");
            return 1;
        }
        try {
            PipEngine engine = PipEngine.builder().rules(folder).build();
            out.println(folder + ": the rules build; rule set " + engine.ruleSet().name() + ", fingerprint "
                    + engine.ruleSet().fingerprint());
            out.flush();
            return 0;
        } catch (RuleSetException e) {
            return RuleFolders.report(spec.commandLine().getErr(), folder, e);
        }
    }
}
