package dev.pip.examples.cli;

import dev.pip.examples.samples.SamplePlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip samples}: the bundled sample plans as files. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        header = "Write the bundled sample plans to a folder.",
        description = {"The sample plans of pip demo, as plan documents to read, copy and edit:"
                + " pip samples export DIR, then pip evaluate --as-of 2026-11-20 DIR."},
        subcommands = {SamplesCommand.Export.class})
public final class SamplesCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: export");
    }

    /** {@code pip samples export DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            header = "Write the bundled sample plans to a folder.",
            description = {"Writes each sample plan document to DIR (created if needed), named as in pip demo.",
                    "A folder that is not empty is left alone unless --force is given."})
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The folder to write the sample plans to.")
        private Path folder;

        @Option(names = "--force", description = "Write into a folder that is not empty, overwriting files of the same names.")
        private boolean force;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (!force && notEmpty(folder)) {
                spec.commandLine().getErr().println("pip: " + folder + " is not empty: nothing written; export to a"
                        + " new folder, or give --force to overwrite");
                spec.commandLine().getErr().flush();
                return PipCommand.USAGE;
            }
            Files.createDirectories(folder);
            for (String name : SamplePlans.names()) {
                out.println(Files.writeString(folder.resolve(name), SamplePlans.text(name), StandardCharsets.UTF_8));
            }
            out.println(SamplePlans.names().size() + " sample plans written to " + folder + "; evaluate them with:"
                    + " pip evaluate --as-of " + SamplePlans.DEMO_AS_OF + " " + folder);
            out.flush();
            return 0;
        }
    }

    /** True when {@code folder} exists and holds anything (or is a file). */
    static boolean notEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
