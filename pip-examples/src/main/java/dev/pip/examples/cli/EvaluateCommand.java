package dev.pip.examples.cli;

import dev.pip.examples.cli.internal.DocumentRun;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.EvaluationPrinter;
import dev.pip.examples.cli.internal.Progress;
import dev.pip.examples.cli.internal.RuleOptions;
import dev.pip.examples.cli.internal.StreamingRun;
import dev.pip.rules.PipEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip evaluate}: the decisions of plan documents as of a date. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        header = "Evaluate plan documents as of a date.",
        description = {"Prints, per plan: recommendation, decision, timeline, reasons, findings, the weekly table of"
                + " values against goals and what is still needed.",
                "A folder means its *.json files (in name order); a .jsonl file holds one document per line.",
                "A document that cannot be read is reported on stderr, one line per problem:"
                + " FILE: $.json.path: message. Every other document is still evaluated, and the exit code is 1.",
                "A document the rules fail on, or break their contract on, is one line FILE: rules failed: message,"
                + " and the exit code is 4 (a fault of the rules, not of the document).",
                "Documents are evaluated on every core, about a thousand at a time (fewer when they are large: about"
                + " 16 Mi characters of text at a time), and printed in input order as they are done, so a JSON Lines"
                + " file of millions of plans streams in bounded memory. At a terminal, a progress line (documents,"
                + " documents per second) is kept on stderr.",
                "Text from documents is printed with control characters escaped (\\n, \\u001B). When the output cannot"
                + " be written the run stops with exit code 3 (quietly when the reader of a pipe has gone)."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (yyyy-mm-dd). Default: today.")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a report to read) or json (one JSON object per document per line). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Mixin
    private RuleOptions ruleOptions;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Time the rules may take per plan before that plan is rejected (checked between firings;"
                    + " a rule folder's consequence that never returns cannot be stopped). Default: 10.")
    private Double timeLimit;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Plan documents (.json, .jsonl) or folders of them.")
    private List<Path> paths;

    private Optional<Duration> limit() {
        if (timeLimit == null) {
            return Optional.empty();
        }
        if (!(timeLimit > 0 && timeLimit <= 86_400)) {
            throw new ParameterException(spec.commandLine(), "--time-limit must be a number of seconds in (0, 86400],"
                    + " was " + timeLimit);
        }
        return Optional.of(Duration.ofNanos((long) (timeLimit * 1e9)));
    }

    @Override
    public Integer call() {
        boolean verbose = PipCommand.verbose(spec);
        return Engines.of(ruleOptions, limit(), spec.commandLine().getErr()).run(engine -> {
            LocalDate date = asOf == null ? LocalDate.now() : asOf;
            EvaluationPrinter printer = new EvaluationPrinter(spec.commandLine().getOut(), format == Format.JSON);
            PrintWriter err = spec.commandLine().getErr();
            return new StreamingRun(new DocumentRun(err, verbose), printer, Progress.atTerminal(err), StreamingRun.CHUNK)
                    .run(paths, plan -> engine.evaluate(plan, date));
        });
    }
}
