package dev.pip.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pip rules}: the rule author's loop, export the bundled rules, edit them, check them. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        header = "Export, edit and check rule files.",
        description = {"The rule author's loop: pip rules export DIR, edit the .drl files and policy.json, pip rules"
                + " check DIR, then try them with: pip evaluate --rules DIR FILE..., or keep pip rules watch DIR running"
                + " to see what each save changes."},
        subcommands = {RulesExportCommand.class, RulesCheckCommand.class, RulesWatchCommand.class})
public final class RulesCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: export, check or watch");
    }
}
