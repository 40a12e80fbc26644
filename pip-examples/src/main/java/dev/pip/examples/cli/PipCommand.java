package dev.pip.examples.cli;

import dev.pip.examples.cli.internal.DocumentRun;
import dev.pip.examples.cli.internal.GuardedOutput;
import dev.pip.examples.cli.internal.OutputFailedException;
import dev.pip.examples.cli.internal.Printable;
import dev.pip.examples.cli.internal.Problems;
import dev.pip.examples.cli.internal.VersionProvider;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code pip} command: evaluates PIP plan documents with the rule engine, checks plans and
 * rule folders, and shows the bundled sample plans. Exit codes: 0 all good, 1 when a document was
 * rejected (every other document is still processed), 2 for a usage error, 3 when the output could
 * not be written, 4 when the rules failed (a rule folder that does not build, rules that fail or
 * break their contract on a plan).
 */
@Command(name = "pip", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sales performance improvement plans (PIPs) decided by editable rules.",
        subcommands = {EvaluateCommand.class, CheckCommand.class, ExplainCommand.class, DocumentCommand.class,
                ReportCommand.class, RulesCommand.class, DemoCommand.class, SamplesCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document was processed",
                "1:a document was rejected (problems on stderr), or bench found a disagreement",
                "2:usage error (also: a policy file that is not valid, an export into a folder that is not empty)",
                "3:the output could not be written (a full disk; quietly when the reader of a pipe has gone)",
                "4:the rules failed: a rule folder does not build, or the rules failed or broke their contract on a"
                + " plan (FILE: rules failed: ... on stderr)"},
        footer = {"", "Start with: pip demo"})
public final class PipCommand implements Runnable {
    /** Exit code of a usage error (picocli's default for invalid input). */
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces and engine log messages (info level) on stderr.")
    private boolean verbose;

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        // Not System.out: a PrintStream hides why writing failed. Flushed per chunk of documents and at the end.
        PrintWriter out = GuardedOutput.of(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PipCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionStrategy(PipCommand::execute);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof OutputFailedException) {
                return outputFailed(out, err);
            }
            commandLine.getErr().println("pip: " + Printable.line(String.valueOf(e.getMessage())));
            Problems.trace(commandLine.getErr(), e, verbose(parseResult));
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        });
        int code = cli.execute(args);
        if (code != DocumentRun.OUTPUT_FAILED && out.checkError()) {
            code = outputFailed(out, err);
        }
        err.flush();
        return code;
    }

    /**
     * Ends a run whose output failed: one line naming the cause, or nothing when the reader of a
     * pipe has gone (as {@code head} does once it has enough), like other Unix tools.
     */
    private static int outputFailed(PrintWriter out, PrintWriter err) {
        Optional<IOException> cause = out instanceof GuardedOutput g ? g.failure() : Optional.empty();
        if (cause.isEmpty() || !GuardedOutput.closedPipe(cause.get())) {
            err.println("pip: cannot write the output: " + cause.map(String::valueOf).orElse("write error"));
            err.flush();
        }
        return DocumentRun.OUTPUT_FAILED;
    }

    /** Whether {@code --verbose} was given anywhere on the command line. */
    static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code --verbose} was given on the command line that {@code spec} runs in. */
    static boolean verbose(CommandSpec spec) {
        return verbose(spec.root().commandLine().getParseResult());
    }

    private static int execute(ParseResult parseResult) {
        if (verbose(parseResult)) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.log.org.drools", "info");
            System.setProperty("org.slf4j.simpleLogger.log.org.kie", "info");
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: evaluate, check, explain, document, report, rules, demo, samples or bench");
    }
}
