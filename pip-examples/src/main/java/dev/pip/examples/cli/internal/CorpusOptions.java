package dev.pip.examples.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The plans a workbench command runs over: files, folders and generated plans, as of a date. */
public final class CorpusOptions {
    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Evaluate as of this date (yyyy-mm-dd). Default: today; generated plans: their own date.")
    private LocalDate asOf;

    @Option(names = "--generated", paramLabel = "N", defaultValue = "0", description = "Also evaluate N generated plans.")
    private int generated;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the generated plans. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Plan documents (.json, .jsonl) or folders of them.")
    private List<Path> paths = List.of();

    /** @throws ParameterException when neither files nor generated plans are given */
    public void requirePlans(CommandSpec spec) {
        if (paths.isEmpty() && generated <= 0) {
            throw new ParameterException(spec.commandLine(), "Give plan files or --generated N");
        }
    }

    /** The plans these options name, read now; unreadable documents are reported on {@code err}. */
    public Corpus read(PrintWriter err) {
        return Corpus.of(paths, asOf == null ? LocalDate.now() : asOf, generated, seed, Optional.ofNullable(asOf), err);
    }
}
