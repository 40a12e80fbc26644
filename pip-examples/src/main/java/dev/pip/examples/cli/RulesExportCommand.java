package dev.pip.examples.cli;

import dev.pip.rules.BundledRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip rules export DIR}: writes the bundled rule files to a folder, ready to edit. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the bundled rule files to a folder, ready to edit.",
        description = {"Writes the bundled .drl rule files to DIR (created if needed; files of the same name are"
                + " overwritten). Each rule says in a comment why it exists and which part of the specification"
                + " it implements."})
public final class RulesExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write the rule files to.")
    private Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> written = BundledRules.exportTo(folder);
        written.forEach(p -> out.println(p));
        out.println(written.size() + " rule files written to " + folder + "; check them with: pip rules check " + folder);
        out.flush();
        return 0;
    }
}
