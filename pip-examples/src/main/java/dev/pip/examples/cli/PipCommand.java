package dev.pip.examples.cli;

import dev.pip.examples.cli.internal.Problems;
import dev.pip.examples.cli.internal.VersionProvider;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code pip} command: evaluates PIP plan documents with the rule engine, checks plans and
 * rule folders, and shows the bundled sample plans. Exit codes: 0 all good, 1 when a document or
 * rule folder was rejected (every other document is still processed), 2 for a usage error.
 */
@Command(name = "pip", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sales performance improvement plans (PIPs) decided by editable rules.",
        subcommands = {EvaluateCommand.class, CheckCommand.class, DocumentCommand.class, ReportCommand.class, RulesCommand.class, DemoCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document was processed",
                "1:a document or rule folder was rejected (problems on stderr), or bench found a disagreement",
                "2:usage error"},
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
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
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
            commandLine.getErr().println("pip: " + e.getMessage());
            Problems.trace(commandLine.getErr(), e, verbose(parseResult));
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
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
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: evaluate, check, document, report, rules, demo or bench");
    }
}
