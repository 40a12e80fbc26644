package dev.pip.examples.cli;

import dev.pip.core.Policy;
import dev.pip.core.json.PolicyJson;
import dev.pip.rules.BundledRules;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip rules export DIR}: writes the bundled rule files and policy.json to a folder, ready to edit. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the bundled rule files and policy.json to a folder, ready to edit.",
        description = {"Writes the bundled .drl rule files to DIR (created if needed), and policy.json with every"
                + " policy parameter at its default: the folder's default policy, where thresholds and day counts"
                + " are changed. Each rule says in a comment why it exists and which part of the specification it"
                + " implements.",
                "A folder that is not empty is left alone (edits are never overwritten) unless --force is given."})
public final class RulesExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write the rule files to.")
    private Path folder;

    @Option(names = "--force", description = "Write into a folder that is not empty, overwriting files of the same names.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!force && SamplesCommand.notEmpty(folder)) {
            spec.commandLine().getErr().println("pip: " + folder + " is not empty: nothing written (edited rules are"
                    + " never overwritten); export to a new folder, or give --force to overwrite");
            spec.commandLine().getErr().flush();
            return PipCommand.USAGE;
        }
        List<Path> written = new ArrayList<>(BundledRules.exportTo(folder));
        Path policy = folder.resolve(PipEngine.POLICY_FILE);
        try {
            written.add(Files.writeString(policy, PolicyJson.write(Policy.defaults()), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + policy, e);
        }
        written.forEach(p -> out.println(p));
        out.println(written.size() + " files written to " + folder + "; check them with: pip rules check " + folder);
        out.flush();
        return 0;
    }
}
